//! Where random digits come from: the operating system's (or browser's) CSPRNG.

/// A source of random bytes. Outside tests this is always [`OsRandom`].
pub(crate) trait RandomSource {
    /// Fills `buffer` with random bytes.
    fn fill(&mut self, buffer: &mut [u8]) -> Result<(), getrandom::Error>;
}

/// The operating system's CSPRNG through `getrandom` (in browsers, `crypto.getRandomValues`).
pub(crate) struct OsRandom;

impl RandomSource for OsRandom {
    fn fill(&mut self, buffer: &mut [u8]) -> Result<(), getrandom::Error> {
        getrandom::fill(buffer)
    }
}

/// Uniform random digits by rejection sampling: a byte of 250 or more is thrown away, so
/// each of 0–9 comes from exactly 25 byte values and none is favoured.
pub(crate) struct DigitDraw<'r, R: RandomSource> {
    source: &'r mut R,
    pool: zeroize::Zeroizing<[u8; 64]>,
    next: usize,
}

impl<'r, R: RandomSource> DigitDraw<'r, R> {
    pub(crate) fn new(source: &'r mut R) -> Self {
        DigitDraw {
            source,
            pool: zeroize::Zeroizing::new([0; 64]),
            next: 64,
        }
    }

    /// One uniform ASCII digit.
    pub(crate) fn digit(&mut self) -> Result<u8, getrandom::Error> {
        loop {
            // Past the pool's end: fill it again.
            let Some(&byte) = self.pool.get(self.next) else {
                self.source.fill(&mut self.pool[..])?;
                self.next = 0;
                continue;
            };
            self.next += 1;
            if byte < 250 {
                return Ok(b'0' + byte % 10);
            }
        }
    }

    /// A uniform integer below `bound` (which must be at least 1).
    pub(crate) fn below(&mut self, bound: u64) -> Result<u64, getrandom::Error> {
        // Rejection sampling over u64: reject the top values that would favour small results.
        let zone = u64::MAX - u64::MAX % bound;
        loop {
            let mut bytes = [0u8; 8];
            self.source.fill(&mut bytes)?;
            let value = u64::from_le_bytes(bytes);
            if value < zone {
                return Ok(value % bound);
            }
        }
    }
}
