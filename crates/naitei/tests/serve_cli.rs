//! `naitei serve` as a process: prints its address, answers the SPEC's API with the same JSON
//! objects as the commands, creates accounts with `naitei user`, and stops cleanly on Ctrl-C.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

use serde_json::{Value, json};

fn bin() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("naitei")
}

fn root() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Starts `naitei serve` on a free port; returns the process and the base URL it printed.
fn start(
    db: &std::path::Path,
    extra: &[&str],
) -> (Child, String, BufReader<std::process::ChildStdout>) {
    let mut child = Command::new(bin())
        .args(["serve", "--bind", "127.0.0.1:0", "--db"])
        .arg(db)
        .args(extra)
        .current_dir(root())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut out = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    out.read_line(&mut line).unwrap();
    let start = line
        .find("http://")
        .unwrap_or_else(|| panic!("no address in {line:?}"));
    let url = line[start..]
        .split('/')
        .take(3)
        .collect::<Vec<_>>()
        .join("/");
    (child, url, out)
}

/// Ctrl-C (SIGINT) to the server this test started, by its id; it must exit 0.
fn interrupt(mut child: Child, mut out: BufReader<std::process::ChildStdout>) -> String {
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut out, &mut rest).unwrap();
    assert!(child.wait().unwrap().success());
    rest
}

fn cli_json(args: &[&str]) -> Value {
    let out = Command::new(bin())
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

fn post(base: &str, path: &str, body: Value) -> (u16, Value) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let r = reqwest::Client::new()
            .post(format!("{base}{path}"))
            .json(&body)
            .send()
            .await
            .unwrap();
        (r.status().as_u16(), r.json().await.unwrap())
    })
}

#[test]
fn the_api_returns_the_objects_of_the_commands() {
    let dir = tempfile::tempdir().unwrap();
    let (child, base, out) = start(&dir.path().join("n.db"), &[]);
    assert!(base.starts_with("http://127.0.0.1:"));

    let resume = std::fs::read_to_string(root().join("examples/resume.md")).unwrap();
    let (status, api) = post(&base, "/api/v1/review", json!({"text": resume}));
    assert_eq!(status, 200);
    let mut cli =
        cli_json(&["review", "--format", "json", "examples/resume.md"])["files"][0].clone();
    assert_eq!(cli["path"], "examples/resume.md");
    cli["path"] = json!("-");
    assert_eq!(api, cli);

    let answers = std::fs::read_to_string(root().join("examples/answers.md")).unwrap();
    let (status, api) = post(&base, "/api/v1/answer", json!({"text": answers}));
    assert_eq!(status, 200);
    let mut cli = cli_json(&["answer", "--format", "json", "examples/answers.md"]);
    cli["path"] = json!("-");
    assert_eq!(api, cli);

    let (first, second) = ("部下は5名でした。", "部下は8名でした。");
    let (status, api) = post(
        &base,
        "/api/v1/compare",
        json!({"first": first, "second": second}),
    );
    assert_eq!(status, 200);
    let mut cli = cli_json(&[
        "compare", "--format", "json", "--first", first, "--second", second,
    ]);
    cli["first_path"] = json!("first");
    cli["second_path"] = json!("second");
    assert_eq!(api, cli);
    assert_eq!(api["consistent"], false);

    let rest = interrupt(child, out);
    assert!(rest.contains("終了しました"), "{rest}");
}

#[test]
fn accounts_are_made_on_the_command_line_and_required_in_multi_user_mode() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.db");
    let add = |args: &[&str], password: &str| {
        assert_cmd::Command::new(bin())
            .args(["user", "add", "--db"])
            .arg(&db)
            .args(args)
            .write_stdin(password)
            .output()
            .unwrap()
    };
    let out = add(&["--role", "adviser", "tanaka"], "long enough password\n");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("アドバイザー"));
    // Bad input: exit 2 with a Japanese message, nothing written.
    let out = add(&["sato"], "short\n");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("8文字以上"));
    let out = add(&["--role", "boss", "sato"], "long enough password\n");
    assert_eq!(out.status.code(), Some(2));
    let out = add(&["tanaka"], "long enough password\n");
    assert!(String::from_utf8_lossy(&out.stderr).contains("既に使われています"));
    let out = add(&["sato"], "long enough password\n");
    assert!(out.status.success());
    let assign = |a: &str, s: &str| {
        Command::new(bin())
            .args(["user", "assign", "--db"])
            .arg(&db)
            .args([a, s])
            .output()
            .unwrap()
    };
    assert!(assign("tanaka", "sato").status.success());
    let out = assign("sato", "tanaka");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("アドバイザーではありません"));
    let list = Command::new(bin())
        .args(["user", "list", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let list = String::from_utf8_lossy(&list.stdout).into_owned();
    assert!(
        list.contains("tanaka") && list.contains("sato") && list.contains("local"),
        "{list}"
    );

    let (child, base, out) = start(&db, &["--multi-user"]);
    let (status, body) = post(&base, "/api/v1/review", json!({"text": "x"}));
    assert_eq!(
        (status, body["error"]["code"].as_str()),
        (401, Some("unauthorized"))
    );
    let (status, body) = post(
        &base,
        "/api/v1/login",
        json!({"login": "sato", "password": "long enough password"}),
    );
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["user"]["role"], "seeker");
    interrupt(child, out);
}
