//! `naitei serve` — the local web app (pages, JSON API, accounts). Thin: options, database,
//! `naitei_web::build_app`, bind, print the address, serve until Ctrl-C.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::Context as _;
use naitei_core::text::number;
use naitei_web::security::PublicHost;

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
    /// 複数ユーザーモードで受け付けるホスト名（利用者がブラウザーで開く名前。例: naitei.example.jp、naitei.example.jp:8443）。複数指定できます。指定すると、ほかの名前あてのリクエストは 421 で断ります（このコンピューター自身の名前 localhost などと /healthz は常に受け付けます）
    #[arg(long = "public-host", value_name = "NAME[:PORT]", value_parser = public_host)]
    pub public_hosts: Vec<PublicHost>,
    /// リクエストのヘッダーを受け取り終えるまでの上限（秒）。接続を保ったまま次のリクエストを待つ時間（アイドル時間）の上限も兼ねます
    #[arg(long, value_name = "秒", default_value = "10", value_parser = header_seconds)]
    pub header_timeout: Duration,
    /// 1つのリクエストにかけられる時間の上限（秒。本文の受信と応答を含む）
    #[arg(long, value_name = "秒", default_value = "60", value_parser = request_seconds)]
    pub request_timeout: Duration,
    /// 同時に扱う接続の上限（超えた接続は、空きが出るまで待たされます）
    #[arg(long, value_name = "数", default_value = "256", value_parser = connections)]
    pub max_connections: usize,
    /// 設定ファイル naitei.toml（既定: カレントディレクトリから上へ探す）
    #[arg(long, value_name = "PATH")]
    pub config: Option<PathBuf>,
    #[command(flatten)]
    pub db: DbArg,
}

pub fn run(args: ServeArgs) -> anyhow::Result<ExitCode> {
    if !args.public_hosts.is_empty() && !args.multi_user && args.bind.ip().is_loopback() {
        anyhow::bail!(
            "--public-host は複数ユーザーモード（--multi-user）でだけ使えます。個人モードは、このコンピューターの名前（localhost）でだけ答えます"
        );
    }
    let (engine, _) = crate::config::load(args.config.as_deref())?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("非同期ランタイムを起動できません")?;
    runtime.block_on(async {
        let store = open_store(&args.db).await?;
        let mut config = naitei_web::WebConfig::for_bind(args.bind, args.multi_user, engine);
        config.trusted_proxy = args.trusted_proxy;
        config.public_hosts = args.public_hosts.clone();
        let multi_user = config.multi_user;
        // Load the dictionary before the first request rather than during it.
        tokio::task::spawn_blocking(naitei_core::text::morph::warm_up).await?;
        let app = naitei_web::build_app(config, store.clone());
        let listener = tokio::net::TcpListener::bind(args.bind)
            .await
            .with_context(|| {
                crate::error::Environment(format!(
                    "{} で待ち受けできません（ポートが使用中なら --bind 127.0.0.1:8081 などを指定してください）",
                    args.bind
                ))
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
        let options = naitei_web::ServeOptions {
            header_timeout: args.header_timeout,
            request_timeout: args.request_timeout,
            max_connections: args.max_connections,
        };
        naitei_web::serve_with(
            listener,
            app,
            async {
                let _ = tokio::signal::ctrl_c().await;
            },
            options,
        )
        .await
        .context("サーバーが停止しました")?;
        store.close().await;
        crate::output::emit("naitei serve: 終了しました\n")?;
        Ok::<_, anyhow::Error>(ExitCode::SUCCESS)
    })
}

/// `--public-host`: a host name (or address) with an optional port.
fn public_host(s: &str) -> Result<PublicHost, String> {
    s.parse()
}

/// Whole seconds from 1 to `max` (full-width digits and kanji numerals too).
fn seconds(s: &str, max: u64) -> Result<Duration, String> {
    match number::parse_count(s, max) {
        Ok(0) => Err("秒数は 1 以上にしてください".to_owned()),
        Ok(n) => Ok(Duration::from_secs(n)),
        Err(number::NumberError::TooLarge { .. }) => Err(format!(
            "秒数「{}」は大きすぎます（{max} 秒まで）",
            s.trim()
        )),
        Err(e) => Err(format!("秒数: {e}")),
    }
}

/// `--header-timeout`: at most an hour.
fn header_seconds(s: &str) -> Result<Duration, String> {
    seconds(s, 3600)
}

/// `--request-timeout`: at most a day.
fn request_seconds(s: &str) -> Result<Duration, String> {
    seconds(s, 86_400)
}

/// `--max-connections`: 1 to 65,536.
fn connections(s: &str) -> Result<usize, String> {
    match number::parse_count(s, 65_536) {
        Ok(0) => Err("接続数は 1 以上にしてください".to_owned()),
        Ok(n) => Ok(n as usize),
        Err(number::NumberError::TooLarge { .. }) => Err(format!(
            "接続数「{}」は大きすぎます（65536 まで）",
            s.trim()
        )),
        Err(e) => Err(format!("接続数: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_whole_numbers_within_their_bounds() {
        assert_eq!(header_seconds("10"), Ok(Duration::from_secs(10)));
        assert_eq!(header_seconds("３０"), Ok(Duration::from_secs(30)));
        assert!(header_seconds("0").unwrap_err().contains("1 以上"));
        assert!(header_seconds("3601").unwrap_err().contains("3600 秒まで"));
        assert!(header_seconds("1.5").is_err());
        assert!(header_seconds("abc").is_err());
        assert_eq!(request_seconds("86400"), Ok(Duration::from_secs(86_400)));
        assert_eq!(connections("256"), Ok(256));
        assert!(connections("0").is_err());
        assert!(connections("70000").unwrap_err().contains("65536"));
    }
}
