//! `Cleaner::clean_bytes` on any bytes: charset sniffing and decoding, then either path.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

static CLEANER: LazyLock<unclutter::Cleaner> = LazyLock::new(|| unclutter::Cleaner::builder().build().unwrap());

fuzz_target!(|bytes: &[u8]| {
    let _ = CLEANER.clean_bytes(bytes);
});
