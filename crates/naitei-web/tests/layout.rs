//! The shape the handlers keep: one file per resource in `src/routes/`, each mounted by the
//! router, and no handler that takes an id from the path or looks a row up by id itself —
//! ids of the path reach a handler only inside an ownership proof (`src/access.rs`), which is
//! the only code that asks the store whose a row is and loads it.
//!
//! The compiler enforces this already (the store is private to `access`, and the reads and
//! writes by id are methods of the proofs; see the compile_fail examples there); this test
//! reads the sources as a second line of defence, and also catches a raw `Path<i64>`.

use std::path::{Path, PathBuf};

fn routes_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/routes")
}

/// The resource files (everything in `src/routes/` but the router and the page helpers).
fn resource_files() -> Vec<(String, String)> {
    let mut files: Vec<(String, String)> = std::fs::read_dir(routes_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| {
            let name = p.file_stem().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .filter(|(name, _)| name != "mod" && name != "page")
        .collect();
    files.sort();
    files
}

#[test]
fn every_resource_file_is_mounted_and_has_its_routes() {
    let files = resource_files();
    assert!(
        files.len() >= 8,
        "{:?}",
        files.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    let router = std::fs::read_to_string(routes_dir().join("mod.rs")).unwrap();
    for (name, text) in &files {
        assert!(
            text.contains("pub fn routes() -> OpenApiRouter<AppState>"),
            "routes/{name}.rs has no routes()"
        );
        assert!(
            router.contains(&format!(".merge({name}::routes())")),
            "routes/{name}.rs is not mounted in routes/mod.rs"
        );
    }
    // The old split by representation is gone.
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    assert!(!src.join("pages.rs").exists() && !src.join("api.rs").exists());
}

/// The lines of a resource file that reach a row without a proof: a numeric id taken from the
/// path (any `Path` extractor but `Path<String>`, which names a rule, not someone's data), or the
/// store's lookups of one row (or its owner) by id.
fn unproven(name: &str, text: &str) -> Vec<String> {
    let forbidden = [
        "Path::<",
        "Path(id)",
        ".application(",
        ".document(",
        "application_owner(",
        "document_owner(",
        "question_application(",
        "access::access(",
        ".data.0",
    ];
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        let raw_path = code
            .match_indices("Path<")
            .any(|(at, _)| !code[at..].starts_with("Path<String>"));
        if raw_path || forbidden.iter().any(|f| code.contains(f)) {
            found.push(format!("routes/{name}.rs:{}: {}", n + 1, line.trim()));
        }
    }
    found
}

#[test]
fn handlers_reach_rows_only_through_their_ownership_proofs() {
    let found: Vec<String> = resource_files()
        .iter()
        .flat_map(|(name, text)| unproven(name, text))
        .collect();
    assert!(
        found.is_empty(),
        "take a proof from crate::access instead:\n{}",
        found.join("\n")
    );
}

#[test]
fn a_handler_taking_an_id_itself_is_caught() {
    for bad in [
        "async fn show(Path(id): Path<i64>) {}",
        "async fn show(Path((app, q)): Path<(i64, i64)>) {}",
        "    let a = state.store.application(id).await?;",
        "    let owner = state.store.document_owner(id).await?;",
        "    let a = state.data.0.events(id).await?;",
    ] {
        assert_eq!(unproven("x", bad).len(), 1, "{bad}");
    }
    assert!(unproven("rules", "async fn explain(Path(rule): Path<String>) {}").is_empty());
    assert!(unproven("x", "async fn show(owned: OwnedApplication) {}").is_empty());
}
