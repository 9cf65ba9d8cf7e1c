//! SPEC §4: the cost of one history check (one Argon2id derivation at m = 19 MiB, t = 2,
//! p = 1), whatever the history's length.

use criterion::{Criterion, criterion_group, criterion_main};
use pinwarden::PinHistory;

fn history_check(c: &mut Criterion) {
    let mut group = c.benchmark_group("history");
    group.sample_size(20);
    for len in [1u8, 20] {
        let mut history = PinHistory::new(len).expect("a history");
        for n in 0..len {
            history
                .add(&format!("{:06}", 480_137 + u32::from(n) * 7))
                .expect("digits");
        }
        group.bench_function(format!("contains/{len} PINs"), |b| {
            b.iter(|| history.contains("271828"));
        });
    }
    group.finish();
}

criterion_group!(benches, history_check);
criterion_main!(benches);
