//! `naitei user unassign | reset-password | disable | enable`: account administration for
//! `naitei serve --multi-user`, checked through the command and the stored accounts.

use std::path::Path;

use naitei_store::{Store, Target};

fn bin() -> std::path::PathBuf {
    assert_cmd::cargo::cargo_bin("naitei")
}

fn user(db: &Path, args: &[&str], stdin: &str) -> (Option<i32>, String, String) {
    let out = assert_cmd::Command::new(bin())
        .arg("user")
        .args(args)
        .arg("--db")
        .arg(db)
        .write_stdin(stdin)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The stored password hash of `login` (None: cannot log in).
fn login_hash(db: &Path, login: &str) -> Option<String> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let store = Store::open(&Target::SqliteFile(db.to_owned()))
            .await
            .unwrap();
        let hash = store.user_by_login(login).await.unwrap().unwrap().1;
        store.close().await;
        hash
    })
}

#[test]
fn unassign_reset_password_disable_enable() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("n.db");
    let pw = "long enough password\n";
    assert_eq!(
        user(&db, &["add", "--role", "adviser", "tanaka"], pw).0,
        Some(0)
    );
    assert_eq!(user(&db, &["add", "sato"], pw).0, Some(0));
    assert_eq!(user(&db, &["assign", "tanaka", "sato"], "").0, Some(0));

    let (code, out, err) = user(&db, &["unassign", "tanaka", "sato"], "");
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("担当から外しました"), "{out}");
    let (code, out, _) = user(&db, &["unassign", "tanaka", "sato"], "");
    assert_eq!(code, Some(0));
    assert!(out.contains("変更なし"), "{out}");
    let (code, _, err) = user(&db, &["unassign", "tanaka", "nobody"], "");
    assert_eq!(code, Some(2));
    assert!(err.contains("nobody"), "{err}");

    // Reset: a short password is refused and nothing changes; a good one is hashed with argon2.
    let before = login_hash(&db, "sato").unwrap();
    let (code, _, err) = user(&db, &["reset-password", "sato"], "short\n");
    assert_eq!(code, Some(2));
    assert!(err.contains("8文字以上"), "{err}");
    assert_eq!(login_hash(&db, "sato").unwrap(), before);
    let (code, out, err) = user(&db, &["reset-password", "sato"], "a brand new secret\n");
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("設定し直しました"), "{out}");
    let after = login_hash(&db, "sato").unwrap();
    assert!(after.starts_with("$argon2"), "{after}");
    assert!(naitei_web::accounts::verify_password(
        "a brand new secret",
        &after
    ));
    assert!(!naitei_web::accounts::verify_password(
        "long enough password",
        &after
    ));
    let (code, _, err) = user(&db, &["reset-password", "local"], "a brand new secret\n");
    assert_eq!(code, Some(2));
    assert!(err.contains("ローカル利用者"), "{err}");

    // Disable: no login; the list says so. Enable: the password works again.
    let (code, out, err) = user(&db, &["disable", "sato"], "");
    assert_eq!(code, Some(0), "{err}");
    assert!(out.contains("無効にしました"), "{out}");
    assert_eq!(login_hash(&db, "sato"), None);
    let (_, list, _) = user(&db, &["list"], "");
    let sato = list.lines().find(|l| l.contains("sato")).unwrap();
    assert!(sato.contains("（無効）"), "{list}");
    let tanaka = list.lines().find(|l| l.contains("tanaka")).unwrap();
    assert!(!tanaka.contains("（無効）"), "{list}");
    let (_, out, _) = user(&db, &["disable", "sato"], "");
    assert!(out.contains("既に無効"), "{out}");

    let (code, out, _) = user(&db, &["enable", "sato"], "");
    assert_eq!(code, Some(0));
    assert!(out.contains("有効に戻しました"), "{out}");
    assert_eq!(login_hash(&db, "sato").unwrap(), after);
}
