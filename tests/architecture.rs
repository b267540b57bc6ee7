//! The crate's layering, checked from its source: no two sibling modules use each other
//! (directly or round a longer cycle), and no module reaches another through the crate
//! root's re-exports (`crate::Kind` instead of `crate::article::Kind`), which would hide
//! the real dependency.
//!
//! Read from the `use` and path lines of `src/` (test modules aside: a test may build its
//! input through any door). A dependency of `a::x` on `b::y` counts between the children
//! of their common ancestor, `a` and `b`, so that a cycle anywhere below shows up as a
//! cycle between the modules a newcomer sees.

#![allow(clippy::expect_used)] // A test: a missing file should stop it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// A module's path below the crate root: `["classify", "matcher"]`.
type ModPath = Vec<String>;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> =
        std::fs::read_dir(dir).expect("src/ is readable").map(|e| e.expect("a directory entry").path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn module_of(src: &Path, file: &Path) -> ModPath {
    let rel = file.strip_prefix(src).expect("a file under src/").with_extension("");
    let mut parts: ModPath = rel.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if matches!(parts.last().map(String::as_str), Some("mod" | "lib")) {
        parts.pop();
    }
    parts
}

/// The code of a file without its comments and its test module.
fn code_of(text: &str) -> String {
    let mut code = String::new();
    let mut lines = text.lines().peekable();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed == "#[cfg(test)]" && lines.peek().is_some_and(|next| next.trim_start().starts_with("mod tests")) {
            break;
        }
        if trimmed.starts_with("//") {
            continue;
        }
        code.push_str(line.split(" //").next().unwrap_or_default());
        code.push('\n');
    }
    code
}

/// Every path the code names through `crate::` or `super::`, resolved against `module`,
/// with `{…}` groups spread out: `use crate::{a::b, c}` names `a::b` and `c`.
fn paths_in(code: &str, module: &ModPath, is_dir_module: bool) -> Vec<ModPath> {
    let mut found = Vec::new();
    let bytes = code.as_bytes();
    for prefix in ["crate::", "super::"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(prefix).map(|i| i + from) {
            from = at + prefix.len();
            if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'_' || bytes[at - 1] == b':') {
                continue;
            }
            let base: ModPath = if prefix == "crate::" {
                Vec::new()
            } else {
                // `super` of a file module is its parent; of a `mod.rs`, the grandparent.
                let up = if is_dir_module { 2 } else { 1 };
                module[..module.len().saturating_sub(up)].to_vec()
            };
            let mut supers = base;
            let mut rest = &code[from..];
            while let Some(r) = rest.strip_prefix("super::") {
                supers.pop();
                rest = r;
            }
            for tail in spread(rest) {
                let mut path = supers.clone();
                path.extend(tail);
                found.push(path);
            }
        }
    }
    found
}

/// The paths a `use` tail stands for: `a::b::C;` is one, `{a::b, c::{d, e}}` several.
fn spread(rest: &str) -> Vec<ModPath> {
    let ident_end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).unwrap_or(rest.len());
    let head = rest[..ident_end].trim_end_matches(':');
    let head: ModPath = head.split("::").filter(|s| !s.is_empty()).map(str::to_owned).collect();
    let after = &rest[ident_end..];
    if !after.starts_with('{') || !rest[..ident_end].ends_with("::") && !head.is_empty() {
        return vec![head];
    }
    // A group: split its items at the commas of its own level.
    let mut depth = 0;
    let mut items = Vec::new();
    let mut start = 1;
    for (i, c) in after.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    items.push(&after[start..i]);
                    break;
                }
            }
            ',' if depth == 1 => {
                items.push(&after[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for item in items {
        for tail in spread(item.trim()) {
            let mut path = head.clone();
            path.extend(tail);
            out.push(path);
        }
    }
    out
}

#[test]
fn sibling_modules_do_not_use_each_other_both_ways() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeSet<ModPath> = files.iter().map(|f| module_of(&src, f)).collect();
    // Items defined in lib.rs itself (not re-exported) may be named from the root.
    let root_items = ["clean_article", "DEFAULT_CLEANER"];

    let mut edges: BTreeMap<ModPath, BTreeSet<ModPath>> = BTreeMap::new();
    let mut through_root = Vec::new();
    for file in &files {
        let module = module_of(&src, file);
        if module.is_empty() {
            continue; // lib.rs: the facade re-exports by design.
        }
        let is_dir_module = file.file_name().is_some_and(|n| n == "mod.rs");
        let code = code_of(&std::fs::read_to_string(file).expect("a source file"));
        for path in paths_in(&code, &module, is_dir_module) {
            // The longest prefix of the path that is a module is what it depends on.
            let target = (0..=path.len()).rev().map(|n| path[..n].to_vec()).find(|p| modules.contains(p));
            let Some(target) = target else { continue };
            if target.is_empty() {
                let first = path.first().map(String::as_str).unwrap_or_default();
                if !root_items.contains(&first) && !first.is_empty() {
                    through_root.push(format!("{}: crate::{}", file.display(), path.join("::")));
                }
                continue;
            }
            // The edge between the children of the common ancestor.
            let common = module.iter().zip(&target).take_while(|(a, b)| a == b).count();
            if common == module.len() || common == target.len() {
                continue; // One is inside the other: a module and its own parts.
            }
            edges.entry(module[..=common].to_vec()).or_default().insert(target[..=common].to_vec());
        }
    }
    assert!(through_root.is_empty(), "paths through the crate root's re-exports:\n{}", through_root.join("\n"));

    // Depth-first search for a cycle, reporting its modules.
    fn visit(
        node: &ModPath,
        edges: &BTreeMap<ModPath, BTreeSet<ModPath>>,
        state: &mut BTreeMap<ModPath, u8>,
        stack: &mut Vec<ModPath>,
    ) -> Option<Vec<ModPath>> {
        match state.get(node) {
            Some(2) => return None,
            Some(1) => {
                let at = stack.iter().position(|n| n == node).unwrap_or(0);
                return Some(stack[at..].to_vec());
            }
            _ => {}
        }
        state.insert(node.clone(), 1);
        stack.push(node.clone());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, edges, state, stack) {
                return Some(cycle);
            }
        }
        stack.pop();
        state.insert(node.clone(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for node in edges.keys() {
        if let Some(cycle) = visit(node, &edges, &mut state, &mut Vec::new()) {
            let names: Vec<String> = cycle.iter().map(|m| m.join("::")).collect();
            panic!("import cycle: {} -> back to the first", names.join(" -> "));
        }
    }
    // The check itself sees the crate's real dependencies.
    let uses = |a: &str, b: &str| edges.get(&vec![a.to_owned()]).is_some_and(|t| t.contains(&vec![b.to_owned()]));
    assert!(uses("cleaner", "classify") && uses("block", "rules"), "{edges:?}");
    // What the crate knows of each language is data: it may name the output types, and
    // the rules, the classifier and both doors read it, never the other way round.
    let lang_uses: Vec<String> =
        edges.get(&vec!["lang".to_owned()]).into_iter().flatten().map(|m| m.join("::")).collect();
    assert!(lang_uses.iter().all(|m| m == "article"), "lang uses {lang_uses:?}");
    assert!(uses("rules", "lang") && uses("html", "lang"), "{edges:?}");
}
