//! Exit codes by class: 2 for what the user can fix in the command or the input, 3 for the
//! environment (README: 終了コード).

use std::process::{Command, Stdio};

fn naitei() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_naitei"));
    c.env_remove("XDG_DATA_HOME").stdin(Stdio::null());
    c
}

#[test]
fn a_missing_file_is_an_input_error() {
    let out = naitei()
        .args(["review", "no-such-resume-file.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("ファイルを開けません"), "{err}");
}

#[test]
fn an_empty_file_is_an_input_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.txt");
    std::fs::write(&path, "").unwrap();
    let out = naitei()
        .args(["review", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_taken_port_is_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("naitei.db");
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let out = naitei()
        .args(["serve", "--db", db.to_str().unwrap(), "--bind", &addr])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("待ち受けできません"), "{err}");
}

#[cfg(target_os = "linux")]
#[test]
fn output_that_cannot_be_written_is_the_environment() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = naitei()
        .args(["rules"])
        .stdout(full)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(3));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("標準出力に書き込めませんでした"), "{err}");
}
