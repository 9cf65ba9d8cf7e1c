//! The time every operation of SPEC §6 takes: the system clock, plus in demo mode an
//! offset in whole days an administrator can set, to show expiry without waiting.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use pinwarden::Timestamp;

/// The largest offset, in days (about ten years).
pub const MAX_OFFSET_DAYS: u32 = 3650;

/// The system clock, plus an offset in days.
#[derive(Debug, Default)]
pub struct Clock {
    offset_days: AtomicU32,
}

impl Clock {
    /// Now, plus the offset.
    pub fn now(&self) -> Timestamp {
        let millis = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |elapsed| {
                i64::try_from(elapsed.as_millis()).unwrap_or(i64::MAX)
            });
        let offset = u16::try_from(self.offset_days()).unwrap_or(u16::MAX);
        Timestamp::from_unix_millis(millis).plus_days(offset)
    }

    /// The offset in days.
    pub fn offset_days(&self) -> u32 {
        self.offset_days.load(Ordering::Relaxed)
    }

    /// Sets the offset (at most [`MAX_OFFSET_DAYS`]).
    pub fn set_offset_days(&self, days: u32) {
        self.offset_days
            .store(days.min(MAX_OFFSET_DAYS), Ordering::Relaxed);
    }
}
