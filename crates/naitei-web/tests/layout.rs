//! The shape the handlers keep: one file per resource in `src/routes/`, each mounted by the
//! router, and no handler that takes an id from the path or looks a row up by id itself —
//! ids of the path reach a handler only inside an ownership proof (`src/access.rs`), which is
//! the only code that asks the store whose a row is and loads it.

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

#[test]
fn handlers_reach_rows_only_through_their_ownership_proofs() {
    // A raw numeric id of the path, or the store's lookups of one row (or its owner) by id.
    let forbidden = [
        "Path<i64>",
        "Path::<i64>",
        "Path(id)",
        ".application(",
        ".document(",
        "application_owner(",
        "document_owner(",
        "question_application(",
        "access::access(",
    ];
    let mut found = Vec::new();
    for (name, text) in resource_files() {
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for f in forbidden {
                if code.contains(f) {
                    found.push(format!("routes/{name}.rs:{}: {}", n + 1, line.trim()));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "take a proof from crate::access instead:\n{}",
        found.join("\n")
    );
}
