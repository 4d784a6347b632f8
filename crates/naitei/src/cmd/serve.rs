//! `naitei serve` — the local web app (pages, JSON API, accounts). Thin: options, database,
//! `naitei_web::build_app`, bind, print the address, serve until Ctrl-C.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;

use super::track::{DbArg, open_store};

#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// 待ち受けるアドレスとポート（127.0.0.1 以外にすると、ログインが必須になります）
    #[arg(long, default_value = "127.0.0.1:8080", value_name = "ADDR:PORT")]
    pub bind: SocketAddr,
    /// 複数ユーザーモード（アカウントとログインが必要。naitei user add で作成）
    #[arg(long)]
    pub multi_user: bool,
    /// 前段のリバースプロキシのアドレス。このアドレスからの接続に限り、X-Forwarded-For の最後のアドレスを利用者のアドレスとみなします（ログイン試行の制限に使います）
    #[arg(long, value_name = "ADDR")]
    pub trusted_proxy: Option<std::net::IpAddr>,
    /// 設定ファイル naitei.toml（既定: カレントディレクトリから上へ探す）
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    #[command(flatten)]
    pub db: DbArg,
}

pub fn run(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let (engine, _) = crate::config::load(args.config.as_deref())?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("非同期ランタイムを起動できません")?;
    runtime.block_on(async {
        let store = open_store(&args.db).await?;
        let mut config = naitei_web::WebConfig::for_bind(args.bind, args.multi_user, engine);
        config.trusted_proxy = args.trusted_proxy;
        let multi_user = config.multi_user;
        // Load the dictionary before the first request rather than during it.
        tokio::task::spawn_blocking(naitei_core::text::morph::warm_up).await?;
        let app = naitei_web::build_app(config, store.clone());
        let listener = tokio::net::TcpListener::bind(args.bind)
            .await
            .with_context(|| {
                format!(
                    "{} で待ち受けできません（ポートが使用中なら --bind 127.0.0.1:8081 などを指定してください）",
                    args.bind
                )
            })?;
        let addr = listener.local_addr()?;
        let mode = if multi_user {
            "  複数ユーザーモード: ログインが必要です（naitei user add でアカウントを作成）"
        } else {
            "  個人モード: ログインは不要です。このコンピューターからだけ使えます"
        };
        crate::output::emit(&format!(
            "naitei serve: http://{addr}/ で待ち受けています（データベース: {}）\n{mode}\n  終了するには Ctrl-C を押してください\n",
            store.location()
        ))?;
        naitei_web::serve(listener, app, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await
        .context("サーバーが停止しました")?;
        store.close().await;
        crate::output::emit("naitei serve: 終了しました\n")?;
        Ok::<_, anyhow::Error>(ExitCode::SUCCESS)
    })
}
