//! What a seeker has seen of their advisers' comments (migration 0008), on both backends.

use naitei_store::Store;
use naitei_store::testing::on_backends;

#[tokio::test]
async fn the_last_seen_comment_only_moves_forward() {
    on_backends("comment_reads", |target| async move {
        let store = Store::open(&target).await.unwrap();
        let a = store
            .create_user("a", "Aさん", "seeker", "x", "2024-01-01T00:00:00Z")
            .await
            .unwrap();
        let b = store
            .create_user("b", "Bさん", "seeker", "x", "2024-01-01T00:00:00Z")
            .await
            .unwrap();
        assert_eq!(store.last_seen_comment(a).await.unwrap(), 0);
        store.mark_comments_seen(a, 5).await.unwrap();
        assert_eq!(store.last_seen_comment(a).await.unwrap(), 5);
        store.mark_comments_seen(a, 3).await.unwrap();
        assert_eq!(
            store.last_seen_comment(a).await.unwrap(),
            5,
            "never backwards"
        );
        store.mark_comments_seen(a, 9).await.unwrap();
        assert_eq!(store.last_seen_comment(a).await.unwrap(), 9);
        assert_eq!(store.last_seen_comment(b).await.unwrap(), 0, "per user");
        store.close().await;
    })
    .await;
}
