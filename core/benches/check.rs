//! Checks per second (SPEC §2): 6-digit PINs under `exchange` with an extension, and
//! under `strict`. Target: ≥ 20 million/s (`exchange`) and ≥ 10 million/s (`strict`).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use pinwarden::{Context, Policy, validate_pin};

/// 10,000 six-digit PINs spread over the space, most of them valid.
fn pins() -> Vec<String> {
    (0..10_000u64)
        .map(|i| format!("{:06}", (i * 7_919_993) % 1_000_000))
        .collect()
}

fn checks(c: &mut Criterion) {
    let pins = pins();
    let context = Context::new().with_extension("36697");
    let mut group = c.benchmark_group("validate_pin");
    group.throughput(Throughput::Elements(pins.len() as u64));
    for (name, policy) in [("exchange", Policy::EXCHANGE), ("strict", Policy::STRICT)] {
        group.bench_function(format!("{name}/6 digits/with extension"), |b| {
            b.iter(|| {
                let mut ok = 0usize;
                for pin in &pins {
                    ok += usize::from(validate_pin(black_box(pin), &policy, &context).ok());
                }
                ok
            });
        });
    }
    group.finish();
}

criterion_group!(benches, checks);
criterion_main!(benches);
