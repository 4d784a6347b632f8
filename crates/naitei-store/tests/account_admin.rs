//! Account administration (migration 0006): unassign, reset a password, disable and enable. A
//! disabled user cannot log in and their sessions stop working.

use naitei_store::{Store, StoreError, Target};

const T: &str = "2024-01-01T00:00:00Z";

async fn check(target: Target) {
    let store = Store::open(&target).await.unwrap();
    let a = store
        .create_user("a", "Aさん", "seeker", "hash-a", T)
        .await
        .unwrap();
    let adv = store
        .create_user("adv", "相談員", "adviser", "hash-adv", T)
        .await
        .unwrap();

    // Unassign: removes the assignment once; unknown logins are named.
    store.assign_adviser("adv", "a").await.unwrap();
    assert!(store.is_assigned(adv, a).await.unwrap());
    assert!(store.unassign_adviser("adv", "a").await.unwrap());
    assert!(!store.is_assigned(adv, a).await.unwrap());
    assert!(store.seekers_of(adv).await.unwrap().is_empty());
    assert!(!store.unassign_adviser("adv", "a").await.unwrap());
    assert!(matches!(
        store.unassign_adviser("adv", "nobody").await,
        Err(StoreError::UserNotFound(login)) if login == "nobody"
    ));

    // Reset password: the new hash is the one checked, and old sessions end.
    store
        .create_session("s1", a, "csrf", 1_000, 0)
        .await
        .unwrap();
    store.set_password_hash("a", "hash-a2").await.unwrap();
    assert_eq!(
        store
            .user_by_login("a")
            .await
            .unwrap()
            .unwrap()
            .1
            .as_deref(),
        Some("hash-a2")
    );
    assert!(store.session("s1", 10).await.unwrap().is_none());
    assert!(matches!(
        store.set_password_hash("local", "x").await,
        Err(StoreError::LocalUser)
    ));
    assert_eq!(store.user_by_login("local").await.unwrap().unwrap().1, None);

    // Disable: no password to log in with, sessions stop working (also one made meanwhile).
    store
        .create_session("s2", a, "csrf", 1_000, 0)
        .await
        .unwrap();
    assert!(
        store
            .disable_user("a", "2024-02-01T00:00:00Z")
            .await
            .unwrap()
    );
    assert!(
        !store
            .disable_user("a", "2024-03-01T00:00:00Z")
            .await
            .unwrap()
    );
    assert_eq!(store.user_by_login("a").await.unwrap().unwrap().1, None);
    assert!(store.session("s2", 10).await.unwrap().is_none());
    store
        .create_session("s3", a, "csrf", 1_000, 0)
        .await
        .unwrap();
    assert!(store.session("s3", 10).await.unwrap().is_none());
    let accounts = store.accounts().await.unwrap();
    let row = accounts.iter().find(|x| x.user.id == a).unwrap();
    assert_eq!(row.disabled_at.as_deref(), Some("2024-02-01T00:00:00Z"));
    assert!(
        accounts
            .iter()
            .find(|x| x.user.id == adv)
            .unwrap()
            .disabled_at
            .is_none()
    );
    // The adviser is untouched.
    store
        .create_session("s4", adv, "csrf", 1_000, 0)
        .await
        .unwrap();
    assert_eq!(store.session("s4", 10).await.unwrap().unwrap().user.id, adv);

    // A backup keeps the state, so a restore does not re-enable the account.
    let backup = store.backup().await.unwrap();
    let user = backup.users.iter().find(|u| u.login == "a").unwrap();
    assert_eq!(user.disabled_at.as_deref(), Some("2024-02-01T00:00:00Z"));

    // Enable: the old password works again and new sessions are found.
    assert!(store.enable_user("a").await.unwrap());
    assert!(!store.enable_user("a").await.unwrap());
    assert_eq!(
        store
            .user_by_login("a")
            .await
            .unwrap()
            .unwrap()
            .1
            .as_deref(),
        Some("hash-a2")
    );
    assert_eq!(store.session("s3", 10).await.unwrap().unwrap().user.id, a);
    assert!(matches!(
        store.disable_user("local", T).await,
        Err(StoreError::LocalUser)
    ));
    assert!(matches!(
        store.enable_user("nobody").await,
        Err(StoreError::UserNotFound(_))
    ));
    store.close().await;
}

#[tokio::test]
async fn unassign_reset_disable_enable() {
    naitei_store::testing::on_backends("account_admin", check).await;
}
