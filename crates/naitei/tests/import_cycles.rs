//! No import cycles between the modules (files) of a crate: every `crate::…` and `super::…`
//! path in a file is an edge to the module file it names, and the graph must be acyclic. Every
//! crate of the workspace is checked, the core included (its two rule traits, once a cycle
//! rules ↔ answer ↔ review, are one trait since issue 15). A child module naming its parent
//! (`super::` items declared there) is not an edge; test modules may reach anywhere.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The module path of a source file: `src/cmd/track/add.rs` → `["cmd", "track", "add"]`.
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The longest prefix of `path` that is a module file of the crate.
fn resolve(modules: &BTreeMap<Vec<String>, PathBuf>, path: &[String]) -> Option<Vec<String>> {
    (1..=path.len())
        .rev()
        .map(|n| path[..n].to_vec())
        .find(|p| modules.contains_key(p))
}

/// The module paths named in `text` by `crate::` and `super::` paths (braces expanded one level).
fn referenced(text: &str, here: &[String]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    for line in text.lines() {
        let code = line.split("//").next().unwrap_or("");
        for (start, _) in code
            .match_indices("crate::")
            .chain(code.match_indices("super::"))
        {
            if start > 0 && code[..start].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let rest = &code[start..];
            let mut base: Vec<String> = here.to_vec();
            let mut tail = rest;
            if let Some(t) = tail.strip_prefix("crate::") {
                base.clear();
                tail = t;
            }
            while let Some(t) = tail.strip_prefix("super::") {
                base.pop();
                tail = t;
            }
            let stems: Vec<&str> = if let Some(group) = tail.strip_prefix('{') {
                let inner = group.split('}').next().unwrap_or("");
                inner.split(',').map(str::trim).collect()
            } else {
                vec![tail]
            };
            for stem in stems {
                let mut path = base.clone();
                for seg in stem.split("::") {
                    let seg: String = seg
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if seg.is_empty() || seg == "self" {
                        break;
                    }
                    path.push(seg);
                }
                out.push(path);
            }
        }
    }
    out
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The cycles of a crate's module graph, each as its modules joined by " → ".
fn cycles(krate: &str) -> Vec<String> {
    cycles_in(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("..")
            .join(krate)
            .join("src"),
    )
}

/// The cycles of the module graph of the source folder `src`.
fn cycles_in(src: &Path) -> Vec<String> {
    let src = src.to_path_buf();
    let mut list = Vec::new();
    files(&src, &mut list);
    let modules: BTreeMap<Vec<String>, PathBuf> = list
        .iter()
        .map(|f| (module_of(&src, f), f.clone()))
        .collect();
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (module, file) in &modules {
        let text = std::fs::read_to_string(file).unwrap();
        // Test modules may reach anywhere.
        let text = text.split("#[cfg(test)]").next().unwrap_or("");
        for path in referenced(text, module) {
            if let Some(target) = resolve(&modules, &path)
                && &target != module
                && !module.starts_with(&target)
            {
                edges.entry(module.clone()).or_default().insert(target);
            }
        }
    }
    // Depth-first search for back edges.
    fn visit(
        node: &Vec<String>,
        edges: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        stack: &mut Vec<Vec<String>>,
        done: &mut BTreeSet<Vec<String>>,
        found: &mut Vec<String>,
    ) {
        if done.contains(node) {
            return;
        }
        if let Some(at) = stack.iter().position(|n| n == node) {
            let names: Vec<String> = stack[at..]
                .iter()
                .chain(std::iter::once(node))
                .map(|m| m.join("::"))
                .collect();
            found.push(names.join(" → "));
            return;
        }
        stack.push(node.clone());
        for next in edges.get(node).into_iter().flatten() {
            visit(next, edges, stack, done, found);
        }
        stack.pop();
        done.insert(node.clone());
    }
    let mut found = Vec::new();
    let mut done = BTreeSet::new();
    for node in modules.keys() {
        visit(node, &edges, &mut Vec::new(), &mut done, &mut found);
    }
    found
}

#[test]
fn the_front_ends_the_store_and_the_small_crates_have_no_import_cycles() {
    for krate in [
        "naitei",
        "naitei-tracker",
        "naitei-store",
        "naitei-web",
        "naitei-vocab",
        "naitei-formats",
        "naitei-bench",
    ] {
        let found = cycles(krate);
        assert!(
            found.is_empty(),
            "{krate}: import cycles:\n{}",
            found.join("\n")
        );
    }
}

#[test]
fn the_core_has_no_cycle() {
    let found = cycles("naitei-core");
    assert!(
        found.is_empty(),
        "naitei-core: import cycles:\n{}",
        found.join("\n")
    );
}

#[test]
fn a_cycle_between_two_files_is_found_and_a_chain_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path();
    std::fs::create_dir(src.join("cmd")).unwrap();
    let write = |name: &str, text: &str| std::fs::write(src.join(name), text).unwrap();
    write("main.rs", "mod cmd;\nmod render;\n");
    write("cmd/mod.rs", "pub mod goals;\npub mod plan;\n");
    write("render.rs", "pub fn width() {}\n");
    write("cmd/plan.rs", "use crate::render::width;\n");
    write(
        "cmd/goals.rs",
        "use super::plan::emit;\n#[cfg(test)]\nmod tests { use crate::cmd::goals; }\n",
    );
    assert!(cycles_in(src).is_empty(), "{:?}", cycles_in(src));
    // The plan now names the goals: goals → plan → goals.
    write(
        "cmd/plan.rs",
        "use crate::render::width;\nuse super::goals::Goal;\n",
    );
    let found = cycles_in(src);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].contains("cmd::goals") && found[0].contains("cmd::plan"),
        "{found:?}"
    );
}

#[test]
fn paths_are_read_from_use_lines_and_expressions() {
    let here = vec!["cmd".to_owned(), "goals".to_owned()];
    let refs = referenced(
        "use super::plan::{emit, Block};\nlet x = crate::render::width(s);",
        &here,
    );
    assert!(refs.contains(&vec!["cmd".to_owned(), "plan".to_owned()]));
    assert!(refs.contains(&vec!["render".to_owned(), "width".to_owned()]));
}
