//! `Cleaner::clean_html` on any string: no panic, no hang.
#![no_main]

use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;

static CLEANER: LazyLock<unclutter::Cleaner> = LazyLock::new(|| unclutter::Cleaner::builder().build().unwrap());

fuzz_target!(|html: &str| {
    let _ = CLEANER.clean_html(html);
});
