//! Parsing any text as a PIN history: a history that serializes back to an equal one, or
//! an `invalidHistory` error; never a panic, never a hash (parsing does not derive keys).
#![no_main]

use libfuzzer_sys::fuzz_target;
use pinwarden::PinHistory;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(error) = PinHistory::parse(text) {
        assert_eq!(error.code(), "invalidHistory");
    }
    match PinHistory::parse_for_tests(text) {
        Ok(history) => {
            assert!(history.len() <= usize::from(history.keep()));
            let again = PinHistory::parse_for_tests(&history.serialize()).unwrap();
            assert_eq!(again, history);
        }
        Err(error) => assert_eq!(error.code(), "invalidHistory"),
    }
});
