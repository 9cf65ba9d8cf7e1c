//! Parsing any text as a policy: a policy that reads back unchanged, or a short error.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pinwarden::Policy;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Policy::from_json_str(text) {
        Ok(policy) => {
            let json = serde_json::to_value(policy).unwrap();
            assert_eq!(Policy::from_json(&json).unwrap(), policy);
        }
        Err(error) => {
            assert!(!error.code().is_empty());
            assert!(
                error.to_string().len() < 1_000,
                "{} bytes",
                error.to_string().len()
            );
        }
    }
});
