//! A deterministic generator of résumé-like Markdown (3–5 KB each) with the mistakes naitei
//! looks for, for benchmarks and load tests. The same seed always gives the same corpus.

pub mod scaling;

/// xorshift64*: a tiny deterministic generator. Written by hand because the corpus must stay
/// byte-identical across dependency upgrades (rand's StdRng makes no such promise).
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    pub fn pick(&mut self, items: &[&'static str]) -> &'static str {
        items[self.below(items.len())]
    }
}

const COMPANIES: &[&str] = &[
    "株式会社みなと商事",
    "株式会社ひかり物流",
    "有限会社さくら製作所",
    "株式会社あおば介護サービス",
    "株式会社つばさシステム",
    "医療法人すずらん会",
    "株式会社やまと食品",
];
const DUTIES: &[&str] = &[
    "受注データの入力業務を担当。",
    "請求書の発行、入金確認、売掛金の管理。",
    "営業担当{n}名のスケジュール調整と資料作成。",
    "倉庫内でのピッキング、検品、梱包業務に従事。",
    "約{n}社の取引先を担当。",
    "店舗での接客販売、レジ業務、商品陳列。",
    "月間{n}件の問い合わせ対応を行う。",
    "施工管理として現場の安全管理、工程管理、品質管理を担当。",
    "介護職員として食事介助、入浴介助に従事しました。",
    "経理部にて月次決算と支払業務を担当。",
    "新人{n}名の教育担当。",
    "社用車の管理や備品の発注を担当。",
];
const ACHIEVEMENTS: &[&str] = &[
    "入力ミスが月{n}件ほど発生していたため、チェックリストを作成し、ミスを月{m}件に減らした。",
    "見積書のテンプレートを整備し、作成時間を1件{n}分から{m}分に短縮した。",
    "棚卸しに{n}日かかっていたため、ハンディ端末を導入し、棚卸し工数を半減させた。",
    "問い合わせ管理表をスプレッドシートに一本化し、対応漏れを月{n}件から{m}件に減らした。",
    "担当エリアの売上を前年比{p}%に伸ばした。",
    "新しい勤怠システムの導入を提案した。",
    "仕入れ先を{m}社比較して切り替え、資材費を年間{n}0万円削減した。",
    "電話応対のマニュアルを改訂し、平均通話時間を{m}割短縮。",
    "若手社員の早期離職が続いていた。",
    "会議資料の準備に毎週半日かかっていたので、データ抽出を自動化し、準備時間を{n}分にした。",
    "顧客アンケートを企画し、結果を営業会議で共有した。",
    "採用説明会の内容を刷新し、応募率を二倍に高めた。",
];
const MISTAKES: &[&str] = &[
    "現場の状況をすぐに見れる仕組みを作った。",
    "まず最初に業務の流れを把握することができました。",
    "マネジメントの経験がないわけではありません。",
    "私は営業は得意です。",
    "前職では営業事務として受発注業務と請求業務と在庫管理と電話応対と来客対応と備品管理を一人で担当しており、その中で業務の効率化や改善にも積極的に取り組んでいたため、現在も同様の業務で力を発揮できると考えております。",
    "令和2年4月に異動。",
];
const PR: &[&str] = &[
    "私の強みは、ミスの起きる原因を調べて仕組みで防ぐことです。",
    "数字を使った改善が得意である。",
    "御社の受発注業務でも、正確さとスピードの両方を高められると思います。",
    "前職で培った調整力を活かし、チームの成果に貢献します。",
];

fn fill(rng: &mut Rng, template: &str) -> String {
    template
        .replace("{n}", &(5 + rng.below(60)).to_string())
        .replace("{m}", &(1 + rng.below(5)).to_string())
        .replace("{p}", &(105 + rng.below(30)).to_string())
}

/// One résumé of between 3 and 5 KB.
pub fn resume(seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let target = 3 * 1024 + rng.below(2 * 1024);
    let mut out = String::from("# 職務経歴書\n\n2026年11月1日現在\n\n");
    if rng.below(5) > 0 {
        out.push_str("## 職務要約\n\n");
        for _ in 0..2 + rng.below(3) {
            let t = rng.pick(ACHIEVEMENTS);
            out.push_str(&fill(&mut rng, t));
        }
        out.push_str("\n\n");
    }
    out.push_str("## 職務経歴\n\n");
    let mut year = 2008 + rng.below(6);
    while out.len() < target.saturating_sub(700) {
        let company = rng.pick(COMPANIES);
        let span = 1 + rng.below(5);
        out.push_str(&format!(
            "### {company}（{year}年4月〜{}年3月）\n\n雇用形態：正社員\n\n",
            year + span
        ));
        year += span;
        for _ in 0..2 + rng.below(3) {
            let t = rng.pick(DUTIES);
            out.push_str(&format!("- {}\n", fill(&mut rng, t)));
        }
        for _ in 0..rng.below(4) {
            let t = rng.pick(ACHIEVEMENTS);
            out.push_str(&format!("- {}\n", fill(&mut rng, t)));
        }
        if rng.below(3) == 0 {
            out.push_str(&format!("- {}\n", rng.pick(MISTAKES)));
        }
        out.push('\n');
    }
    out.push_str("## 活かせる経験・知識・スキル\n\n- Excel（VLOOKUP、ピボットテーブル）\n- 日商簿記2級\n\n## 自己PR\n\n");
    while out.len() < target {
        out.push_str(rng.pick(PR));
        if rng.below(4) == 0 {
            out.push_str(rng.pick(MISTAKES));
        }
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_sized() {
        for seed in 0..50 {
            let a = resume(seed);
            assert_eq!(a, resume(seed));
            assert!(
                (3 * 1024..=6 * 1024).contains(&a.len()),
                "seed {seed}: {} bytes",
                a.len()
            );
        }
        assert_ne!(resume(1), resume(2));
    }

    #[test]
    fn generated_resumes_have_findings_and_items() {
        let r = naitei_core::review(&resume(7), &naitei_core::Config::default());
        assert!(r.summary.items >= 4);
        assert!(!r.diagnostics.is_empty());
    }
}
