//! Bad input at the edge of the CLI (issue 18): numeric bounds without panics, dates and
//! money checked, CSV and backup vocabulary, documents, symlinks and the right flag names.

mod common;

use std::process::Command;

use common::{fails as refused, naitei};

fn db() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.db").display().to_string();
    (dir, db)
}

#[test]
fn huge_numbers_are_refused_with_the_bound() {
    let (_dir, db) = db();
    let e = refused(&db, &["track", "ics", "--days", "100000000"]);
    assert!(e.contains("--days") && e.contains("3660"), "{e}");
    let e = refused(&db, &["track", "agenda", "--days", "7304486"]);
    assert!(e.contains("大きすぎます"), "{e}");
    refused(&db, &["track", "agenda", "--days", "-1"]);
    let add = |salary: &str| {
        refused(
            &db,
            &[
                "track",
                "add",
                "A社",
                "--channel",
                "direct",
                "--relation",
                "same",
                "--salary",
                salary,
            ],
        )
    };
    assert!(add("9223372036854775807").contains("大きすぎます"));
    add("-450");
    let e = refused(
        &db,
        &[
            "track",
            "add",
            "A社",
            "--channel",
            "direct",
            "--relation",
            "same",
            "--salary=-450",
        ],
    );
    assert!(e.contains("マイナス"), "{e}");
    let out = naitei(
        &db,
        &["track", "agenda", "--days", "3660", "--today", "2024-01-01"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn dates_are_checked_at_the_edge() {
    let (_dir, db) = db();
    let add = |date: &str| {
        refused(
            &db,
            &[
                "track",
                "add",
                "A社",
                "--channel",
                "direct",
                "--relation",
                "same",
                "--date",
                date,
            ],
        )
    };
    assert!(add("令和0年4月1日").contains("令和0年はありません"));
    assert!(add("9999-01-01").contains("考えにくい年"));
    assert!(add("0000-01-01").contains("考えにくい年"));
    let ok = naitei(
        &db,
        &[
            "track",
            "add",
            "A社",
            "--channel",
            "direct",
            "--relation",
            "same",
            "--date",
            "R6.4.1",
            "--salary",
            "４５０",
        ],
    );
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let e = refused(
        &db,
        &["goals", "record", "1", "--result", "3", "--on", "きのう"],
    );
    assert!(e.contains("--on") && !e.contains("--today"), "{e}");
}

#[test]
fn csv_and_backups_are_checked_before_anything_is_written() {
    let (dir, db) = db();
    let file = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p.display().to_string()
    };
    let header = "company,position,channel,relation,applied_on,furthest_stage,outcome";
    let e = refused(
        &db,
        &[
            "track",
            "import",
            &file(
                "dup.csv",
                &format!("{header},company\nA,B,direct,same,2024-01-01,first,failed,A\n"),
            ),
        ],
    );
    assert!(e.contains("2 回あります"), "{e}");
    let e = refused(
        &db,
        &[
            "track",
            "import",
            &file("short.csv", &format!("{header}\nA,B,direct\n")),
        ],
    );
    assert!(e.contains("列の数") && e.contains("2 行目"), "{e}");
    let cut = "company,position\nあ".as_bytes();
    let p = dir.path().join("cut.csv");
    std::fs::write(&p, &cut[..cut.len() - 1]).unwrap();
    let e = refused(&db, &["track", "import", &p.display().to_string()]);
    assert!(e.contains("途中で切れています"), "{e}");

    let backup = |stage: &str, company: &str| {
        format!(
            r#"{{"format":"naitei-backup","version":1,"applications":[{{"id":1,"company":"{company}","position":"","channel":"direct","channel_name":null,"relation":"same","applied_on":"2024-01-01","furthest_stage":"{stage}","outcome":"pending","offered_salary":null,"posting":null,"notes":null}}],"stage_events":[],"interviews":[],"questions":[],"documents":[]}}"#
        )
    };
    let e = refused(
        &db,
        &["track", "import", &file("a.json", &backup("fifth", "A社"))],
    );
    assert!(e.contains("fifth"), "{e}");
    let e = refused(
        &db,
        &["track", "import", &file("b.json", &backup("first", " "))],
    );
    assert!(e.contains("会社名が空"), "{e}");
    let out = naitei(&db, &["track", "list", "--format", "json"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[]");
}

#[test]
fn documents_must_have_text_and_a_bounded_size() {
    let (dir, db) = db();
    let empty = dir.path().join("empty.md");
    std::fs::write(&empty, "  \n").unwrap();
    assert!(
        refused(&db, &["track", "doc", "add", &empty.display().to_string()]).contains("空です")
    );
    let big = dir.path().join("big.md");
    std::fs::write(&big, "あ".repeat(2 * 1024 * 1024)).unwrap();
    assert!(
        refused(&db, &["track", "doc", "add", &big.display().to_string()]).contains("大きすぎます")
    );
}

#[cfg(unix)]
#[test]
fn review_fix_writes_the_file_a_symlink_points_to() {
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.md");
    std::fs::write(&real, "今現在、経理を担当。\n").unwrap();
    let link = dir.path().join("link.md");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_naitei"))
        .args(["review", "--fix", &link.display().to_string()])
        .output()
        .unwrap();
    assert!(
        out.status.code().is_some_and(|c| c <= 1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let fixed = std::fs::read_to_string(&real).unwrap();
    assert!(!fixed.contains("今現在"), "{fixed}");
}

/// A reader that stops early (`naitei review … | head`) ends the output quietly: exit 0, no
/// message, no panic, from the one buffered writer of every command.
#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    use std::io::Read as _;
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    // More than a pipe's buffer of JSON, so the writer meets the closed pipe.
    let resume = std::fs::read_to_string(common::example("resume.md")).unwrap();
    let big = dir.path().join("big.md");
    std::fs::write(&big, resume.repeat(8)).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_naitei"))
        .args(["review", "--format", "json", "--fail-on", "never"])
        .arg(&big)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    // The read end is closed here.
    let out = child.wait_with_output().unwrap();
    assert_eq!(&first[..1], b"{");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `naitei --version` names the dictionary compiled in: the SHA-256 of its IPADIC sources,
/// recorded by the core's build script.
#[test]
fn the_version_names_the_dictionary_checksum() {
    let out = Command::new(env!("CARGO_BIN_EXE_naitei"))
        .arg("--version")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let digest = text
        .split("IPADIC sha256 ")
        .nth(1)
        .and_then(|rest| rest.strip_suffix(")\n"))
        .unwrap_or_else(|| panic!("no checksum in {text:?}"));
    assert_eq!(digest, naitei_core::IPADIC_SHA256);
    assert_eq!(digest.len(), 64, "{digest}");
    assert!(digest.chars().all(|c| c.is_ascii_hexdigit()), "{digest}");
}
