//! Races and backups through the real binary: many processes opening a new database at once,
//! and JSON backups of a multi-user database (owners, users, comments) through
//! `track export` / `track import --replace`.

use std::path::Path;
use std::process::Stdio;

mod common;

use common::{command, run};

use serde_json::{Value, json};

fn ok(db: &Path, args: &[&str], stdin: Option<&str>) -> String {
    common::succeeded(args, run(db, args, stdin))
}

/// Runs a command that must fail with exit code 2; returns its message.
fn refused(db: &Path, args: &[&str]) -> String {
    common::refused(args, run(db, args, None))
}

#[test]
fn eight_processes_opening_a_new_database_at_once_all_work() {
    let dir = tempfile::tempdir().unwrap();
    for round in 0..5 {
        let db = dir.path().join(format!("new{round}.db"));
        let children: Vec<_> = (0..8)
            .map(|_| {
                command(&db, &["track", "list", "--format", "json"])
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[]");
        }
    }
}

fn export(db: &Path) -> Value {
    serde_json::from_str(&ok(db, &["track", "export", "--format", "json"], None)).unwrap()
}

fn write(dir: &Path, name: &str, v: &Value) -> String {
    let path = dir.join(name);
    std::fs::write(&path, serde_json::to_string_pretty(v).unwrap()).unwrap();
    path.to_str().unwrap().to_owned()
}

#[test]
fn a_multi_user_backup_keeps_every_owner_and_comment_through_the_cli() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("agency.db");
    let csv = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/applications.csv");
    ok(&db, &["track", "import", csv.to_str().unwrap()], None);
    ok(
        &db,
        &["user", "add", "a", "--name", "Aさん"],
        Some("password-a\n"),
    );
    ok(
        &db,
        &["user", "add", "adv", "--role", "adviser"],
        Some("password-adv\n"),
    );
    ok(&db, &["user", "assign", "adv", "a"], None);
    // What `naitei serve --multi-user` adds: a seeker's application and résumé, an adviser's
    // comment on it.
    let mut backup = export(&db);
    assert_eq!(
        backup["version"], 2,
        "a database with users writes version 2"
    );
    assert_eq!(backup["users"].as_array().unwrap().len(), 2);
    assert!(
        backup["users"][0]["password_hash"]
            .as_str()
            .unwrap()
            .starts_with("$argon2")
    );
    backup["documents"] = json!([{
        "id": 1, "application_id": 1, "kind": "resume", "label": "v1",
        "created_on": "2024-04-01", "content": "# 職務経歴書\n営業を担当\n"
    }]);
    backup["application_owners"] = json!([{"id": 1, "user_id": 2}]);
    backup["document_owners"] = json!([{"id": 1, "user_id": 2}]);
    backup["comments"] = json!([{
        "id": 1, "author_id": 3, "document_id": 1, "line": 2, "question_id": null,
        "body": "数字を入れましょう", "created_at": "2024-04-02T00:00:00Z"
    }]);
    let full = write(dir.path(), "full.json", &backup);
    ok(&db, &["track", "import", "--replace", &full], None);
    assert_eq!(
        export(&db),
        backup,
        "export → import --replace keeps everything"
    );
    // The same backup into a new database.
    let other = dir.path().join("other.db");
    ok(&other, &["track", "import", &full], None);
    assert_eq!(export(&other), backup);

    // A backup without users (an older build's, or a personal one) would give everything to
    // the local user and drop the comment: refused, nothing changed.
    let mut personal = backup.clone();
    for key in [
        "users",
        "adviser_assignments",
        "application_owners",
        "document_owners",
        "comments",
    ] {
        personal.as_object_mut().unwrap().remove(key);
    }
    personal["version"] = json!(1);
    let personal = write(dir.path(), "personal.json", &personal);
    let message = refused(&db, &["track", "import", "--replace", &personal]);
    assert!(message.contains("持ち主とコメントが失われる"), "{message}");
    assert_eq!(export(&db), backup);

    // A NUL (stored by an older build on SQLite): refused naming the field, on either
    // database, before anything is replaced.
    let mut nul = backup.clone();
    nul["applications"][0]["company"] = json!("株式会社\u{0}");
    let nul = write(dir.path(), "nul.json", &nul);
    let message = refused(&db, &["track", "import", "--replace", &nul]);
    assert!(message.contains("応募 #1 の会社名"), "{message}");
    assert!(message.contains("制御文字"), "{message}");
    assert_eq!(export(&db), backup);
}
