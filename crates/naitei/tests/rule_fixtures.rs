//! One fixture file per rule (the ruff pattern): `fixtures/rules/<id>.md` for a résumé rule,
//! `fixtures/rules/<id>.<question kind>.md` for an answer rule. Each is reviewed with only its
//! rule enabled; the rendered findings are an insta snapshot, and each fixture must give at
//! least one finding of its rule.

use std::path::Path;
use std::process::Command;

fn fixtures() -> Vec<(String, Option<String>, std::path::PathBuf)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules");
    let mut out: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .map(|p| {
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            let (id, kind) = match stem.split_once('.') {
                Some((id, kind)) => (id.to_string(), Some(kind.to_string())),
                None => (stem, None),
            };
            (id, kind, p)
        })
        .collect();
    out.sort();
    out
}

#[test]
fn every_rule_has_exactly_one_fixture() {
    let ids: Vec<String> = fixtures().into_iter().map(|(id, _, _)| id).collect();
    let expected: Vec<String> = naitei_core::rules::all_ids()
        .into_iter()
        .map(String::from)
        .collect();
    let mut sorted = expected.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
}

#[test]
fn each_fixture_gives_its_rule_and_the_rendering_is_stable() {
    let tmp = tempfile::tempdir().unwrap();
    let mut silent: Vec<String> = Vec::new();
    let mut outputs: Vec<(String, String)> = Vec::new();
    for (id, kind, path) in fixtures() {
        let config = tmp.path().join(format!("{id}.toml"));
        std::fs::write(&config, format!("[rules]\nenable = [\"{id}\"]\n")).unwrap();
        let rel = format!(
            "tests/fixtures/rules/{}",
            path.file_name().unwrap().to_string_lossy()
        );
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_naitei"));
        cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("NO_COLOR", "1");
        match &kind {
            Some(kind) => cmd.args(["answer", "-q", kind, &rel]),
            None => cmd.args(["review", &rel]),
        };
        cmd.args(["--fail-on", "never", "--config"]).arg(&config);
        let out = cmd.output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{id}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stdout = String::from_utf8(out.stdout).unwrap();
        if !stdout.contains(&format!("[{id}]")) {
            silent.push(format!("{id} gives no finding on its fixture:\n{stdout}"));
        }
        outputs.push((id, stdout));
    }
    assert!(silent.is_empty(), "{}", silent.join("\n"));
    for (id, stdout) in outputs {
        insta::assert_snapshot!(format!("rule__{id}"), stdout);
    }
}
