//! `naitei rewrite` through the real binary: questions, composition from an answers file, the
//! atomic write-back in the file's encoding with an undo copy, `--diff`, symlinks, refusals.

use std::path::Path;
use std::process::{Command, Output, Stdio};

const RESUME: &str = "■職務要約\n事務職として8年、受発注と請求の業務に携わってきました。\n\n■職務経歴\n株式会社ミドリ商事（2019年4月〜現在）\n・請求書の発行を担当。\n・電話応対。\n\n株式会社アオバ（2015年4月〜2019年3月）\n・受注入力の手順を見直した。\n";

const ANSWERS: &str = r#"
[6]
problem = "請求書の記載ミスが多く、取引先からの問い合わせが続いていました"
action = "確認項目をチェックリストにまとめ、発行前に必ず確認するようにした"
measure = "請求書の記載ミス"
before = "月８件"
after = "月一件"
period = "3か月"

[10]
problem = "入力の手戻りが多かった"
measure = "受注1件あたりの入力時間"
before = "1件15分"
after = "1件10分"
"#;

fn naitei(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_naitei"))
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .expect("run naitei")
}

fn setup(resume: &[u8]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cv.md"), resume).unwrap();
    std::fs::write(dir.path().join("answers.toml"), ANSWERS).unwrap();
    dir
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const LINE6: &str = "請求書の記載ミスが多く、取引先からの問い合わせが続いていた。確認項目をチェックリストにまとめ、発行前に必ず確認するようにし、3か月で請求書の記載ミスを月８件から月一件に削減。";
const LINE10: &str = "入力の手戻りが多かったため、受注入力の手順を見直し、受注1件あたりの入力時間を1件15分から1件10分に短縮。";

#[test]
fn writes_the_composed_lines_back_with_an_undo_copy() {
    let dir = setup(RESUME.as_bytes());
    let o = naitei(
        dir.path(),
        &["rewrite", "cv.md", "--answers", "answers.toml"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("書き直したい行が2か所"), "{out}");
    assert!(out.contains(&format!("書き直し案: {LINE6}")), "{out}");
    assert!(out.contains("cv.md.bak"), "{out}");
    let text = std::fs::read_to_string(dir.path().join("cv.md")).unwrap();
    // The duty-only block keeps its duties and gains the achievement after them.
    assert!(
        text.contains(&format!("・電話応対。\n・{LINE6}\n\n株式会社アオバ")),
        "{text}"
    );
    assert!(text.contains(&format!("\n・{LINE10}\n")), "{text}");
    assert!(!text.contains("受注入力の手順を見直した。"));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("cv.md.bak")).unwrap(),
        RESUME
    );
    // The review now finds both achievements complete.
    let o = naitei(dir.path(), &["review", "cv.md", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let complete = json["files"][0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["problem"] == true && i["action"] == true && i["result"] == true)
        .count();
    assert_eq!(complete, 2, "{json}");
    // Nothing left to rewrite.
    let o = naitei(
        dir.path(),
        &["rewrite", "cv.md", "--answers", "answers.toml"],
    );
    assert!(o.status.success());
    assert!(
        stdout(&o).contains("見つかりませんでした"),
        "{}",
        stdout(&o)
    );
}

#[test]
fn diff_prints_and_writes_nothing() {
    let dir = setup(RESUME.as_bytes());
    let o = naitei(
        dir.path(),
        &["rewrite", "cv.md", "--answers", "answers.toml", "--diff"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("-・受注入力の手順を見直した。"), "{out}");
    assert!(out.contains(&format!("+・{LINE10}")), "{out}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("cv.md")).unwrap(),
        RESUME
    );
    assert!(!dir.path().join("cv.md.bak").exists());
}

#[test]
fn keeps_the_encoding_and_follows_symlinks() {
    let sjis = encoding_rs::SHIFT_JIS.encode(RESUME).0.into_owned();
    let dir = setup(&sjis);
    #[cfg(unix)]
    std::os::unix::fs::symlink("cv.md", dir.path().join("link.md")).unwrap();
    #[cfg(not(unix))]
    std::fs::copy(dir.path().join("cv.md"), dir.path().join("link.md")).unwrap();
    let o = naitei(
        dir.path(),
        &["rewrite", "link.md", "--answers", "answers.toml"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    #[cfg(unix)]
    {
        assert!(
            std::fs::symlink_metadata(dir.path().join("link.md"))
                .unwrap()
                .file_type()
                .is_symlink(),
            "the link stays a link"
        );
        let bytes = std::fs::read(dir.path().join("cv.md")).unwrap();
        let (text, _, bad) = encoding_rs::SHIFT_JIS.decode(&bytes);
        assert!(!bad && text.contains(LINE10), "{text}");
        assert_eq!(std::fs::read(dir.path().join("cv.md.bak")).unwrap(), sjis);
    }
}

#[test]
fn a_missing_number_gives_how_to_measure_and_no_line() {
    let dir = setup(RESUME.as_bytes());
    std::fs::write(
        dir.path().join("answers.toml"),
        "[6]\nproblem = \"記載ミスが多かった\"\naction = \"チェックリストを作った\"\nbefore = \"分からない\"\n",
    )
    .unwrap();
    let o = naitei(
        dir.path(),
        &["rewrite", "cv.md", "--answers", "answers.toml"],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("まず測りましょう"), "{out}");
    assert!(out.contains("今の仕事の目標"), "{out}");
    assert!(out.contains("書き直した行はありません"), "{out}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("cv.md")).unwrap(),
        RESUME
    );
}

#[test]
fn questions_are_shown_without_answers() {
    let dir = setup(RESUME.as_bytes());
    let o = naitei(dir.path(), &["rewrite", "cv.md", "--questions"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("■ 6行目（株式会社ミドリ商事）"), "{out}");
    assert!(
        out.contains("「請求書の発行」で、取り組む前に困っていたこと"),
        "{out}"
    );
    assert!(out.contains("例: 月8件"), "{out}");
}

#[test]
fn bad_input_exits_2_with_a_message() {
    let dir = setup(RESUME.as_bytes());
    // No terminal and no answers file.
    let o = naitei(dir.path(), &["rewrite", "cv.md"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("--answers"), "{}", stderr(&o));
    // A broken answers file.
    std::fs::write(dir.path().join("bad.toml"), "[六]\nproblem = 1\n").unwrap();
    let o = naitei(dir.path(), &["rewrite", "cv.md", "--answers", "bad.toml"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("bad.toml"), "{}", stderr(&o));
    // A Word file cannot be written back (questions are fine).
    let docx =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../naitei-formats/tests/fixtures/resume.docx");
    std::fs::copy(&docx, dir.path().join("cv.docx")).unwrap();
    let o = naitei(
        dir.path(),
        &["rewrite", "cv.docx", "--answers", "answers.toml"],
    );
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("Word (.docx)のファイルには書き戻せません"),
        "{}",
        stderr(&o)
    );
    let o = naitei(dir.path(), &["rewrite", "cv.docx", "--questions"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(dir.path().join("cv.md")).unwrap(),
        RESUME
    );
    let o = naitei(dir.path(), &["rewrite", "missing.md", "--questions"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("missing.md"), "{}", stderr(&o));
}

#[test]
fn the_interview_script_uses_the_composed_lines_and_the_posting() {
    let dir = setup(RESUME.as_bytes());
    std::fs::write(
        dir.path().join("posting.md"),
        "# 経理事務スタッフ募集\n\n## 仕事内容\n- 請求書の発行と入金管理\n- 月次決算の補助\n\n## 必須要件\n- 事務経験3年以上\n",
    )
    .unwrap();
    // Without answers the résumé has no complete achievement yet: exit 1, a clear message.
    let o = naitei(dir.path(), &["rewrite", "cv.md", "--script"]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("先に弱い行を書き直して"),
        "{}",
        stdout(&o)
    );
    let o = naitei(
        dir.path(),
        &[
            "rewrite",
            "cv.md",
            "--script",
            "--answers",
            "answers.toml",
            "--posting",
            "posting.md",
        ],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("## 1分程度で自己PRをお願いします。"), "{out}");
    assert!(out.contains("## これまでの実績を教えてください。"), "{out}");
    assert!(out.contains("月８件から月一件に削減しました。"), "{out}");
    assert!(
        out.contains("貴社の「請求書の発行と入金管理」でも"),
        "{out}"
    );
    assert!(
        out.contains("当時の課題と、あなたが自分で考えて取った行動"),
        "{out}"
    );
    assert!(out.contains("職務経歴書との食い違い: ありません"), "{out}");
    // The script is printed, the file is not touched.
    assert_eq!(
        std::fs::read_to_string(dir.path().join("cv.md")).unwrap(),
        RESUME
    );
}
