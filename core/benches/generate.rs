//! PINs generated per second (SPEC §3) with the system CSPRNG.

use criterion::{Criterion, criterion_group, criterion_main};
use pinwarden::{Context, Policy, generate_pin};

fn generation(c: &mut Criterion) {
    let context = Context::new().with_extension("36697");
    let mut group = c.benchmark_group("generate_pin");
    for (name, policy, length) in [
        ("exchange/6 digits", Policy::EXCHANGE, 6),
        ("teams/5 digits", Policy::TEAMS, 5),
        ("strict/6 digits", Policy::STRICT, 6),
    ] {
        group.bench_function(name, |b| {
            b.iter(|| generate_pin(&policy, &context, Some(length)).map(|pin| pin.expose().len()));
        });
    }
    group.finish();
}

criterion_group!(benches, generation);
criterion_main!(benches);
