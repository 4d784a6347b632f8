//! The résumé's career as the sheet reads it: one entry per employer block of the document
//! (company, 事業内容, period and months, the job families of its titles and duties, the
//! industry), and the job families and industries of the words of a posting.
//!
//! The lexicons are written from the 職種 and 業界 names of Japanese job sites and Hello Work
//! (厚生労働省編職業分類 for the families, the sites' 業界 lists for the industries), at the
//! granularity advisers use when they call a move 同業界: a retail format (食品スーパー vs
//! コスメ・アパレル) or a manufacturing product group (食品 vs 自動車部品) is an industry of its own;
//! 3PL, 倉庫 and 運送 are one industry (物流); 訪問・居宅・施設 are one 介護 industry; a 施工管理
//! field (建築 / 電気 / 土木 / 管工事) is the industry of a 施工管理 job.

use std::sync::LazyLock;

use jiff::civil::Date;
use regex::Regex;

use crate::document::{Document, LineKind, LineRole, SectionKind};
use crate::goals::advice::{months_between, period_start};

/// A job family: id, Japanese label, words that name it (in a title or a duty), most specific
/// first.
pub struct Family {
    pub id: &'static str,
    pub label: &'static str,
    pub words: &'static [&'static str],
}

/// Job families. Order matters where words overlap: 営業事務 before 営業, ケアマネジャー and
/// 生活相談員 before 介護, 社内SE before the developer's SE, 店長 before 販売.
pub const FAMILIES: &[Family] = &[
    Family {
        id: "sales-assistant",
        label: "営業事務",
        words: &[
            "営業事務",
            "受発注事務",
            "受注事務",
            "発注事務",
            // Keying in purchase orders to suppliers and chasing their delivery dates is the
            // same desk work as 発注事務, named after the purchasing department.
            "購買事務",
            "受発注",
            // The sales department's order desk (営業業務課, 営業業務グループ).
            "営業業務",
            "営業アシスタント",
            "貿易事務",
            "営業サポート",
            // The desk duties of the job, named when no title is (a sales rep wins orders —
            // 受注する — but does not key them in or chase delivery dates).
            "受注入力",
            "受注の入力",
            "受注データ",
            "受注処理",
            "納期調整",
            "納期管理",
        ],
    },
    Family {
        id: "accounting",
        label: "経理",
        words: &[
            "経理事務",
            "会計事務",
            "経理",
            "会計",
            "財務",
            "決算",
            "仕訳",
            // The bookkeeping of a tax accountant's office for its clients (記帳代行, 月次の試算表)
            // is the accountant's work under another name.
            "記帳",
            "試算表",
        ],
    },
    // Reception and billing at a clinic (受付・会計, レセプト) is its own office job: 会計 there is
    // the patient's payment, not accounting.
    Family {
        id: "medical-office",
        label: "医療事務",
        words: &[
            "医療事務",
            "医事",
            "レセプト",
            "受付・会計",
            "受付、会計",
            "受付会計",
            "受付と会計",
            "窓口会計",
        ],
    },
    // A hotel's or an inn's front desk (check-in, bookings, the guest's bill) is its own job:
    // its 会計 is the guest's bill and its 受付 the arrival, not accounting or a clinic's desk.
    // (Only the desk's compounds: フロントエンド is a developer's word.)
    Family {
        id: "front-desk",
        label: "ホテルフロント",
        words: &[
            "ホテルフロント",
            "フロント課",
            "フロント係",
            "フロント主任",
            "フロントスタッフ",
            "フロント業務",
            "フロントマネージャー",
        ],
    },
    // Answering customers' calls at a contact centre (オペレーター, リーダー, SV) is its own job;
    // a centre's name says it (受電 alone is also an electrical works' power-on, so only the
    // phone duty's words).
    Family {
        id: "call-center",
        label: "コールセンター・カスタマーサポート",
        words: &[
            "コールセンター",
            "コンタクトセンター",
            "カスタマーセンター",
            "お客様センター",
            "サポートセンター",
            "会員サービスセンター",
            "受電センター",
            "受電対応",
            "受電業務",
            // The department and title software and service firms give the same work
            // (カスタマーサポート部, カスタマーサポートのSV).
            "カスタマーサポート",
            // The support desk of a product for its users (a software firm's テクニカルサポート),
            // not the in-house helpdesk of a company's own staff.
            "テクニカルサポート",
            "ユーザーサポート",
        ],
    },
    // Personnel and labour administration (人事労務: pay, social insurance, hiring, rules) is a
    // specialty of its own that job sites list apart from 総務; advisers call 総務 → 人事 a
    // neighbouring move. 「人事総務課」 names both.
    Family {
        id: "hr",
        label: "人事・労務",
        words: &["人事労務", "人事", "労務", "採用担当"],
    },
    // An executive's or a department's secretary: office work of its own (予定の管理, 来客, 出張の
    // 手配), next to 総務 and 営業事務.
    Family {
        id: "secretary",
        label: "秘書",
        words: &["役員秘書", "社長秘書", "秘書"],
    },
    Family {
        id: "general-affairs",
        label: "総務・一般事務",
        // 事務 alone is the general office job; the longer words of the other office families
        // (営業事務, 経理事務, 医療事務) are read first and take it.
        words: &[
            "総務",
            "庶務",
            "一般事務",
            "事務職",
            "事務スタッフ",
            "事務員",
            "事務",
        ],
    },
    Family {
        id: "care-manager",
        label: "ケアマネジャー",
        words: &["ケアマネ", "介護支援専門員", "居宅介護支援"],
    },
    Family {
        id: "care-counselor",
        label: "生活相談員",
        words: &["生活相談員", "相談員"],
    },
    // The サービス提供責任者 of a home-care office plans the helpers' visits (訪問介護計画,
    // the helpers' schedule, the care managers' requests): a post the law sets apart, which
    // advisers call a neighbouring job of the care worker's (a 特養 unit leader → サ責), not
    // the same one.
    Family {
        id: "care-coordinator",
        label: "サービス提供責任者",
        words: &["サービス提供責任者", "サ責"],
    },
    Family {
        id: "care-worker",
        label: "介護職",
        words: &[
            "介護職",
            "介護スタッフ",
            "介護士",
            "ケアスタッフ",
            "ケアワーカー",
            "介護福祉士",
            "訪問介護員",
            "ホームヘルパー",
            "ヘルパー",
            "ユニットリーダー",
            "身体介護",
            "介護業務",
        ],
    },
    Family {
        id: "construction-management",
        label: "施工管理",
        // The 施工管理 duties (施工図, 工程表, 協力会社の手配, 官庁検査) name the job when a block
        // has no title for it.
        words: &[
            "施工管理",
            "現場代理人",
            "現場監督",
            "工事主任",
            "工事担当",
            "工事管理",
            "施工図",
            "工程表",
            "協力会社",
            "官庁検査",
        ],
    },
    Family {
        id: "internal-it",
        label: "社内SE・ヘルプデスク",
        words: &[
            "社内SE",
            "情報システム",
            "情シス",
            "ヘルプデスク",
            // The help desk's name in ITIL and in outsourcers' postings.
            "サービスデスク",
            "社内IT",
            "インフラ運用",
        ],
    },
    // Servers and networks built and run (SIer の基盤・インフラ部門): advisers list it apart from
    // application development; a 社内SE runs the same machines for one company.
    Family {
        id: "infra",
        label: "インフラエンジニア",
        words: &[
            "インフラエンジニア",
            "サーバーエンジニア",
            "ネットワークエンジニア",
            "基盤技術",
            "基盤構築",
            "インフラ構築",
            "インフラの構築",
            "サーバー構築",
            "サーバーの構築",
            "ネットワーク構築",
            "ネットワークの構築",
        ],
    },
    Family {
        id: "developer",
        label: "システム開発",
        // 開発 alone is no software job (メニュー開発, 商品開発, 新規開拓): only the words that
        // say software.
        words: &[
            "アプリケーション開発",
            "アプリ開発",
            "アプリの開発",
            "システム開発",
            "システムの開発",
            "Webサービスの開発",
            // The two halves of a web application's code.
            "バックエンド",
            "フロントエンド",
            "サーバーサイド",
            "ソフトウェア開発",
            "Web開発",
            "システムエンジニア",
            "開発エンジニア",
            "Webエンジニア",
            "プログラマ",
            "エンジニア",
            "SE",
            // The developer's duties, named when a project block has no title for the job.
            "実装",
            "詳細設計",
            "基本設計",
            "コードレビュー",
            "単体テスト",
            "結合テスト",
        ],
    },
    Family {
        id: "quality",
        label: "品質管理・品質保証",
        // Not QC alone: a QCサークル or QC検定 is every factory worker's.
        words: &[
            "品質管理",
            "品質保証",
            "品質検査",
            // The inspections of incoming and outgoing parts, and the control plan of a
            // process (QC工程表), are the quality job's (not the 出荷 of a warehouse nor the
            // 工程表 of a site).
            "受入検査",
            "出荷検査",
            "QC工程表",
            "品証",
            "検査員",
            "検査スタッフ",
        ],
    },
    Family {
        id: "production",
        label: "製造",
        words: &[
            "製造スタッフ",
            "製造オペレーター",
            "工場スタッフ",
            "製造職",
            "製造ライン",
            "ライン作業",
            "機械オペレーター",
            // The machine or process a factory job is named after (成形オペレーター, 溶接工):
            // a title that says which machine is run is production, whatever the plant makes.
            "マシンオペレーター",
            "ラインオペレーター",
            "成形オペレーター",
            "射出成形",
            "成形機",
            "組立作業",
            "組立ライン",
            "溶接",
            "塗装工",
            "プレス加工",
            // The press line's titles (プレスオペレーター, プレス機の操作) and the factory team
            // leader's (製造リーダー) name the production job as 成形オペレーター does.
            "プレスオペレーター",
            "プレス機",
            "製造リーダー",
            "機械加工",
            "NC旋盤",
            // 製造 only as a department (製造部, 製造課): alone it is the company's business
            // (製造・販売, 製造業), see [`family_spans`].
            "製造",
        ],
    },
    // A plant's or building's equipment kept running (設備保全): inspections and repairs of
    // machines and utilities, done by a 設備課・保全課 — not the production line's work, nor the
    // 保全 of an insurance contract.
    Family {
        id: "maintenance",
        label: "設備保全",
        words: &[
            "設備保全",
            "設備の保全",
            "保全担当",
            "保全課",
            "保全係",
            "保全業務",
            "設備課",
            "設備管理",
            // The maintenance duties, named when a block has no title for the job (a factory's
            // 工務課, whose name is a builder's department too).
            "保全計画",
            "保全の計画",
            "保全の年間計画",
            "点検と修理",
            "点検・修理",
        ],
    },
    // Dispatch and operations control (配車・運行管理): planning tomorrow's runs, hiring in
    // carriers, 点呼 — an office job of the trucking trade that job sites list apart from the
    // driving; advisers call ドライバー → 配車 a neighbouring move in the same industry.
    Family {
        id: "dispatch",
        label: "配車・運行管理",
        words: &[
            "配車係",
            "配車担当",
            "配車計画",
            "配車業務",
            "配車",
            "運行管理",
        ],
    },
    Family {
        id: "driver",
        label: "ドライバー",
        words: &[
            "セールスドライバー",
            "ドライバー",
            "運転手",
            "ルート配送",
            "幹線輸送",
            "配送",
            "配達",
        ],
    },
    Family {
        id: "logistics",
        label: "物流・倉庫管理",
        words: &[
            "センター長",
            "センター運営",
            "庫内",
            "倉庫管理",
            "倉庫スタッフ",
            "物流管理",
            "物流センター",
            "入出荷",
            "出荷チーム",
            "入荷",
            "出荷",
            "倉庫",
        ],
    },
    Family {
        id: "store-management",
        label: "店長・店舗運営",
        words: &[
            "店長",
            "副店長",
            "エリアマネージャー",
            "スーパーバイザー",
            "店舗運営",
            "店舗管理",
            "店舗責任者",
            "店舗マネージャー",
        ],
    },
    Family {
        id: "retail-sales",
        label: "販売・接客",
        words: &[
            "販売スタッフ",
            "販売員",
            "店舗スタッフ",
            "ショップスタッフ",
            "接客",
            "販売",
        ],
    },
    Family {
        id: "sales",
        label: "営業",
        words: &[
            "営業",
            "セールス",
            "アドバイザー",
            "キャリアアドバイザー",
            "コンサルタント",
            // An insurance shop's or agency's adviser sells the policies.
            "ライフプランナー",
            "商談",
        ],
    },
];

/// Neighbouring families (周辺職種), both ways: the moves advisers name as keeping the
/// experience — 営業 ↔ 営業事務, the office jobs among themselves (総務 ↔ 経理 ↔ 営業事務 ↔
/// 医療事務, 人事 — but not 医療事務 ↔ 経理: a clinic's 会計 and レセプト are the patient's bill
/// and the claim to the insurers, not the books), 倉庫管理 ↔ ドライバー, 介護職 ↔ サービス提供責任者
/// ↔ 生活相談員 ↔ ケアマネジャー, 施工管理 ↔ (リフォームの)営業 (inside one building trade, see the
/// relation's judging), 開発 ↔ 社内SE, 販売 ↔ 店長, 品質管理 ↔ 製造, 配車 ↔ ドライバー・倉庫. Not
/// 営業 ↔ 店長 nor 営業 ↔ 販売: serving the customers who walk into a shop is not finding and
/// visiting companies (新規開拓, ルート営業, 見積・商談) — advisers call a move between them 未経験,
/// both ways.
const ADJACENT: &[(&str, &str)] = &[
    ("sales", "sales-assistant"),
    ("general-affairs", "accounting"),
    ("hr", "general-affairs"),
    ("hr", "accounting"),
    ("general-affairs", "sales-assistant"),
    ("sales-assistant", "accounting"),
    ("medical-office", "general-affairs"),
    ("logistics", "driver"),
    ("dispatch", "driver"),
    ("dispatch", "logistics"),
    ("care-worker", "care-counselor"),
    ("care-worker", "care-manager"),
    ("care-counselor", "care-manager"),
    ("care-coordinator", "care-worker"),
    ("care-coordinator", "care-manager"),
    ("care-coordinator", "care-counselor"),
    ("construction-management", "sales"),
    ("secretary", "general-affairs"),
    ("secretary", "sales-assistant"),
    // Answering people's questions on the phone: a contact centre's and an IT help desk's work
    // (only a help desk's: the relation checks the posting's title).
    ("call-center", "internal-it"),
    // Taking customers' orders and questions by phone: a contact centre's and an order desk's.
    ("call-center", "sales-assistant"),
    // Stock and shipments kept on a warehouse's floor and at an order desk (入出荷, 在庫の照会).
    ("logistics", "sales-assistant"),
    ("developer", "internal-it"),
    ("infra", "internal-it"),
    ("infra", "developer"),
    ("maintenance", "production"),
    ("maintenance", "construction-management"),
    ("retail-sales", "store-management"),
    ("quality", "production"),
];

pub fn adjacent(a: &str, b: &str) -> bool {
    ADJACENT
        .iter()
        .any(|(x, y)| (*x == a && *y == b) || (*x == b && *y == a))
}

pub fn family(id: &str) -> Option<&'static Family> {
    FAMILIES.iter().find(|f| f.id == id)
}

/// An industry: id, label, words that name it in a company's 事業内容 or a posting. Checked in
/// order: retail formats before the goods they sell (食品スーパー is retail, not 食品製造), the
/// 施工管理 fields before 建築 in general.
pub struct Industry {
    pub id: &'static str,
    pub label: &'static str,
    pub words: &'static [&'static str],
}

pub const INDUSTRIES: &[Industry] = &[
    Industry {
        id: "staffing",
        label: "人材サービス",
        // 人材 alone is no industry (人材育成 is a duty of every job).
        words: &[
            "人材派遣",
            "人材紹介",
            "人材サービス",
            "人材ビジネス",
            "職業紹介",
            "求人広告",
            "転職支援",
        ],
    },
    // Commercial kitchen equipment (業務用厨房機器: its makers, dealers and installers) is one
    // trade that advisers name as such (「厨房機器業界」); its customers are restaurants, but
    // selling to them is not running one. 厨機 is the head of such firms' names (〇〇厨機).
    Industry {
        id: "kitchen-equipment",
        label: "業務用厨房機器",
        words: &["厨房機器", "厨房設備", "業務用厨房", "厨機"],
    },
    // A car dealer sells cars: retail of its own, not the maker of parts (自動車 below).
    Industry {
        id: "auto-dealer",
        label: "自動車販売",
        words: &["ディーラー", "自動車販売", "新車", "中古車"],
    },
    Industry {
        id: "retail-drug",
        label: "ドラッグストア・調剤薬局",
        words: &["ドラッグストア", "調剤薬局", "薬局"],
    },
    // 卸 is the business, whatever the goods (婦人服の企画・卸売).
    Industry {
        id: "trading",
        label: "商社・卸",
        words: &["商社", "卸売", "卸", "問屋"],
    },
    Industry {
        id: "retail-food",
        label: "食品スーパー",
        words: &["食品スーパー", "スーパーマーケット", "スーパー"],
    },
    // Selling by catalogue, phone and web (通販): cosmetics or health food sold this way is
    // another business than a shop's counter.
    Industry {
        id: "mail-order",
        label: "通信販売",
        // Selling on one's own web shop or the malls (EC, ネット通販) is the same business as the
        // catalogue's: orders, stock and shipping without a counter.
        words: &["通信販売", "通販", "EC", "eコマース", "ネットショップ"],
    },
    // Sporting and outdoor goods (テント, 登山靴, ランニング用品) are sold on the knowledge of the
    // sport and its gear: a chain of their own, apart from fashion and cosmetics.
    Industry {
        id: "retail-sports",
        label: "スポーツ・アウトドア用品店",
        words: &[
            "スポーツ用品",
            "アウトドア用品",
            "アウトドア・スポーツ",
            "スポーツ・アウトドア",
            "キャンプ用品",
            "登山用品",
        ],
    },
    Industry {
        id: "retail-specialty",
        label: "専門店（コスメ・アパレル）",
        words: &[
            "コスメ",
            "化粧品",
            "アパレル",
            "セレクトショップ",
            "衣料",
            "婦人服",
            "紳士服",
            "服飾",
            "婦人靴",
            "紳士靴",
            "靴店",
        ],
    },
    // Shops of household goods and interiors (生活雑貨, インテリア雑貨): advisers tell them from
    // clothes and cosmetics shops, whose goods, buyers and seasons differ. Read after those (服飾雑貨
    // and 化粧品・生活雑貨 are theirs).
    Industry {
        id: "retail-goods",
        label: "雑貨・インテリアの専門店",
        words: &["雑貨", "インテリアショップ", "インテリア用品", "家具店"],
    },
    // Any other shop of one kind of goods (眼鏡の専門店).
    Industry {
        id: "retail-shop",
        label: "専門店",
        words: &["専門店"],
    },
    // Mobile phone shops (キャリアショップ, 併売店) sell contracts and plans more than goods: a
    // trade of its own, apart from the 家電量販店 whose floor may hold a phone counter.
    Industry {
        id: "retail-mobile",
        label: "携帯電話販売",
        words: &[
            "携帯電話の販売",
            "携帯電話販売",
            "携帯電話ショップ",
            "携帯ショップ",
            "キャリアショップ",
            "ドコモショップ",
            "auショップ",
            "ソフトバンクショップ",
        ],
    },
    Industry {
        id: "retail-electronics",
        label: "家電量販",
        words: &["家電量販", "家電販売"],
    },
    // Nurseries are run by 社会福祉法人 as care homes are, but 保育 is another business.
    Industry {
        id: "childcare",
        label: "保育",
        words: &["保育園", "保育所", "こども園", "幼稚園", "保育"],
    },
    Industry {
        id: "care",
        label: "介護",
        words: &[
            "介護",
            "特別養護老人ホーム",
            "特養",
            "老人ホーム",
            "デイサービス",
            "福祉",
        ],
    },
    Industry {
        id: "medical",
        label: "医療",
        words: &["医療法人", "病院", "クリニック", "医療"],
    },
    Industry {
        id: "logistics",
        label: "物流",
        words: &[
            "3PL",
            // Storing and shipping for another company's sales (物流代行, フルフィルメント).
            "物流代行",
            "フルフィルメント",
            "物流",
            "ロジスティクス",
            // The head of a logistics firm's name (ロジテック, ロジパートナーズ), see
            // [`contains_word`].
            "ロジ",
            "倉庫",
            "運送",
            "運輸",
            "配送",
            "貨物",
            "宅配",
            "引越",
            "急送",
            "急便",
        ],
    },
    Industry {
        id: "hospitality",
        label: "ホテル・旅館",
        words: &["ホテル", "旅館", "宿泊"],
    },
    // Hair and beauty salons: a service trade of its own (施術, 店販).
    Industry {
        id: "beauty",
        label: "美容",
        words: &[
            "美容室",
            "ヘアサロン",
            "美容院",
            "理容",
            "エステ",
            "ネイルサロン",
        ],
    },
    Industry {
        id: "restaurant",
        label: "飲食",
        words: &[
            "飲食店",
            "飲食",
            "レストラン",
            "居酒屋",
            "カフェ",
            "外食",
            // The formats chains name themselves by (〇〇食堂, 定食チェーン).
            "食堂",
            "定食",
        ],
    },
    Industry {
        id: "finance",
        label: "金融・保険",
        // 保険 alone is in 社会保険 (a duty of 総務): only the words of the business.
        words: &[
            "銀行",
            "信用金庫",
            "信用組合",
            "証券",
            "生命保険",
            "損害保険",
            "保険代理店",
            "保険会社",
            "保険サービス",
            "クレジットカード",
        ],
    },
    Industry {
        id: "travel",
        label: "旅行",
        words: &["旅行会社", "旅行代理店", "トラベル", "旅行"],
    },
    Industry {
        id: "construction-electrical",
        label: "電気設備工事",
        words: &["電気設備", "電気工事", "電設工事", "受変電"],
    },
    Industry {
        id: "construction-plumbing",
        label: "管工事・空調設備",
        words: &["管工事", "空調設備", "給排水"],
    },
    Industry {
        id: "reform",
        label: "住宅リフォーム",
        words: &["リフォーム"],
    },
    Industry {
        id: "construction-building",
        label: "建築",
        words: &[
            "ゼネコン",
            "総合建設",
            "建築工事",
            "建設業",
            "工務店",
            "RC造",
            "建築",
            "建設",
            // Repair work on standing buildings (マンションの大規模修繕, 外壁・防水の改修工事) is
            // building work; 外壁 alone names the makers of cladding.
            "大規模修繕",
            "修繕工事",
            "改修工事",
        ],
    },
    Industry {
        id: "construction-civil",
        label: "土木",
        words: &["土木"],
    },
    Industry {
        id: "real-estate",
        label: "不動産",
        // (Read after the building trades: a 賃貸マンション新築工事 is a builder's site.)
        words: &["不動産", "分譲", "賃貸の仲介", "賃貸仲介", "仲介・管理"],
    },
    Industry {
        id: "it",
        label: "IT・ソフトウェア",
        words: &[
            "SaaS",
            "SIer",
            "SES",
            "ソフトウェア",
            "システム開発",
            "受託開発",
            "情報処理",
            "情報通信",
            "Web制作",
            // A cloud service sold to businesses (クラウド会計ソフト, POSレジのクラウドサービス).
            "クラウド",
            // 「飲食店向けモバイルオーダーの自社サービス」: a company that runs its own web service.
            "自社サービス",
            "IT",
        ],
    },
    Industry {
        id: "accounting-firm",
        label: "会計事務所",
        words: &["税理士法人", "会計事務所", "税務"],
    },
    Industry {
        id: "mfg-housing",
        label: "住宅建材・住宅設備メーカー",
        words: &[
            "建材",
            "サッシ",
            "住宅設備",
            "住宅部材",
            "外壁",
            "床材",
            "住宅用",
        ],
    },
    Industry {
        id: "mfg-food",
        label: "食品メーカー",
        words: &[
            "食品",
            "弁当",
            "惣菜",
            // The same word in its other spelling (冷凍総菜), and the trade's short name (冷食).
            "総菜",
            "冷食",
            "製麺",
            "冷凍麺",
            "乾麺",
            "調味料",
            "パン",
            "洋菓子",
            "菓子",
            "飲料",
            "冷凍食品",
        ],
    },
    // Makers of electric equipment (照明器具, 家電, 電子機器): advisers and job sites list 電機
    // apart from the machine and parts makers.
    Industry {
        id: "mfg-electric",
        label: "電機メーカー",
        words: &[
            "照明器具",
            "LED照明",
            "家電メーカー",
            "電機メーカー",
            "電気機器",
            "電子機器",
        ],
    },
    Industry {
        id: "mfg-parts",
        label: "機械・部品メーカー",
        words: &[
            "自動車",
            "部品",
            "精密",
            "金属",
            "プレス",
            "電装",
            "樹脂",
            "ハーネス",
            "半導体",
            "電子部品",
            // Industrial machinery and its components (産業用ポンプ・バルブ), instruments.
            "ポンプ",
            "バルブ",
            "機械",
            "計測機器",
            "センサー",
        ],
    },
    Industry {
        id: "mfg-chemical",
        label: "化学・医薬品メーカー",
        words: &["化学品", "化学メーカー", "医薬品メーカー", "製薬", "塗料"],
    },
    Industry {
        id: "mfg-packaging",
        label: "包装資材メーカー",
        words: &["段ボール", "緩衝材", "包装", "梱包資材"],
    },
    Industry {
        id: "office-equipment",
        label: "事務機器販売",
        words: &["複合機", "事務機器", "OA機器", "オフィス家具"],
    },
];

pub fn industry(id: &str) -> Option<&'static Industry> {
    INDUSTRIES.iter().find(|i| i.id == id)
}

/// The first 施工管理 field (an industry of construction) a text names.
pub fn construction_field_of(text: &str) -> Option<&'static Industry> {
    INDUSTRIES
        .iter()
        .filter(|i| i.id.starts_with("construction-"))
        .find(|i| i.words.iter().any(|w| contains_word(text, w)))
}

/// The first industry a text names. A trade named as the customers (「飲食店・小売店向けのPOSレジ」
/// 「自動車・産業機械向け精密部品」) is whom the company sells to, not its own business.
pub fn industry_of(text: &str) -> Option<&'static Industry> {
    let names = |i: &Industry, w: &str| names_industry(text, i, w);
    // Shipping for web shops names the business over the goods shipped (「アパレル・雑貨のEC出荷を
    // 担うセンター」 is a 3PL's, not a fashion shop's).
    if let Some(l) = industry("logistics").filter(|l| ships_for_mail_order(text, l)) {
        return Some(l);
    }
    let found = INDUSTRIES
        .iter()
        .find(|i| i.words.iter().any(|w| names(i, w)))?;
    // 「食品包装機械の設計・製造」: the machine that ends the food word's compound is what is made,
    // the food what it packs (「冷凍食品の製造（最新の機器で）」 still makes food).
    let machine_after = |w: &str| {
        text.match_indices(w).any(|(i, _)| {
            let rest = &text[i + w.len()..];
            let run = rest
                .find(['の', '、', '・', '/', '／', '(', '（', ' ', '　', 'を'])
                .map_or(rest, |k| &rest[..k]);
            ["機械", "装置", "機器"].iter().any(|m| run.contains(m))
        })
    };
    if found.id == "mfg-food"
        && found.words.iter().any(|w| machine_after(w))
        && let Some(m) = industry("mfg-parts")
    {
        return Some(m);
    }
    // 「常盤建設　事業内容：土木工事（道路・上下水道）」: 建設 in a name says construction, not
    // which field; a field the text names (土木, 電気工事, 管工事) is the company's.
    if found.id == "construction-building"
        && !found
            .words
            .iter()
            .filter(|w| !GENERIC_CONSTRUCTION.contains(w))
            .any(|w| names(found, w))
        && let Some(field) = INDUSTRIES.iter().find(|i| {
            i.id.starts_with("construction-")
                && i.id != found.id
                && i.words.iter().any(|w| names(i, w))
        })
    {
        return Some(field);
    }
    Some(found)
}

/// Every industry a text names (the same reading as [`industry_of`]), in the order of
/// [`INDUSTRIES`].
pub fn industries_named(text: &str) -> Vec<&'static Industry> {
    INDUSTRIES
        .iter()
        .filter(|i| {
            i.words.iter().any(|w| names_industry(text, i, w)) || ships_for_mail_order(text, i)
        })
        .collect()
}

/// Whether `w`, a word of `i`, names the business in `text`: a word there, not the customers'
/// trade (see [`for_customers`]), not a maker's own wholesale channel.
fn names_industry(text: &str, i: &Industry, w: &str) -> bool {
    text.match_indices(w).any(|(at, _)| {
        let after = &text[at + w.len()..];
        let shipping = i.id == "mail-order" && SHIPPING_AFTER_RE.is_match(after);
        let maker = i.id == "trading" && maker_that_wholesales(&text[..at]);
        word_at(text, at, w) && !shipping && !for_customers(after) && !maker
    })
}

/// The flow of goods right after EC or 通販 (「EC物流」「EC出荷を担うセンター」「通販の物流センター」): the
/// shipping done for web shops, a logistics business (3PL), not the selling.
static SHIPPING_AFTER_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:事業者)?の?(?:物流|出荷|倉庫|配送|発送|フルフィルメント)")
        .expect("valid regex")
});

/// Whether a text names logistics by the shipping it does for web shops (see
/// [`SHIPPING_AFTER_RE`]).
fn ships_for_mail_order(text: &str, i: &Industry) -> bool {
    i.id == "logistics"
        && industry("mail-order").is_some_and(|m| {
            m.words.iter().any(|w| {
                text.match_indices(w).any(|(at, _)| {
                    word_at(text, at, w) && SHIPPING_AFTER_RE.is_match(&text[at + w.len()..])
                })
            })
        })
}

/// Words of the building trade that any construction company's name or business carries.
const GENERIC_CONSTRUCTION: &[&str] = &["建設", "建設業"];

/// Whether the 卸 right after these words is a maker's own sales channel: 「和洋菓子の製造・卸売」
/// 「部品の製造及び卸」 — the company makes the goods and sells them to shops; advisers place it
/// among the makers of those goods (a 製菓 company), not with the wholesalers who make nothing.
fn maker_that_wholesales(before: &str) -> bool {
    let before = before.trim_end_matches(['・', '、', '/', '／', ' ', '　']);
    let before = before.strip_suffix("及び").unwrap_or(before);
    let before = before.strip_suffix("および").unwrap_or(before);
    before.ends_with("製造") || before.ends_with("製造販売")
}

/// Whether two industries are one for a job's move. The 施工管理 fields (建築・土木・電気・管工事)
/// are industries of their own for a 施工管理 job only (its licences and sites differ); for the
/// office and sales jobs of a construction company they are one trade, 建設業 — an accountant of a
/// 土木・建築 contractor keeps the same 工事進行基準 and 建設業会計 at a plumbing contractor.
/// What a wholesaler trades in (「住宅設備機器の卸売」 → 住宅設備): the industries its business
/// names besides the trade. Advisers tell a 医療機器の卸 from a 住宅設備の卸 as they tell the
/// makers apart.
/// Read in the phrase that names the trade (up to a space, ／ or 。), outside parentheses,
/// which name the customers (「（取引先の工務店 約1,800社）」).
pub fn trade_goods(business: &str) -> Vec<&'static str> {
    const TRADE: &[&str] = &["専門商社", "商社", "卸売", "卸", "問屋"];
    let text = outside_parens(business);
    let phrase = text
        .split([' ', '　', '／', '/', '。', '|', '｜'])
        .find(|p| TRADE.iter().any(|w| p.contains(w)));
    let Some(phrase) = phrase else {
        return Vec::new();
    };
    let mut goods = phrase.to_string();
    for w in TRADE {
        goods = goods.replace(w, " ");
    }
    industries_named(&goods)
        .into_iter()
        .map(|i| i.id)
        .filter(|i| *i != "trading" && *i != "logistics")
        .collect()
}

pub fn same_industry(a: &str, b: &str, family: &str) -> bool {
    let field = |i: &str| i.starts_with("construction-");
    a == b || (family != "construction-management" && field(a) && field(b))
}

/// Whether the words right after a trade make it the customers: 「向け」 after its word, or after
/// the list it heads (「飲食店・施設向け」).
fn for_customers(after: &str) -> bool {
    const SEPARATORS: &str = "・、/／ 　(（)）。,，";
    // 「…向け」, and the clients whose goods a carrier keeps (「食品メーカー・問屋から預かった
    // 冷蔵品の保管と配送」).
    const CLIENTS: &[&str] = &[
        "向け",
        "から預",
        "から受託",
        "からの受託",
        "から委託",
        "からの委託",
        // 「スーパー・コンビニへの共同配送」: where the goods are carried to.
        "への配送",
        "への共同配送",
        "への納品",
        "への配達",
        "へ配送",
        "へ納品",
    ];
    let clients = |r: &str| CLIENTS.iter().any(|c| r.starts_with(c));
    let mut rest = after;
    for k in 0..5 {
        // The rest of this word of the list, up to its separator or 向け; a particle ends the
        // phrase (「食品の卸売／飲食店向け」: 食品 is what is sold, not to whom).
        let end = rest
            .char_indices()
            .find(|(i, c)| SEPARATORS.contains(*c) || clients(&rest[*i..]))
            .map_or(rest.len(), |(i, _)| i);
        let word = &rest[..end];
        if word.chars().count() > 10 || word.contains(['の', 'を', 'は', 'が', 'で', 'と']) {
            return false;
        }
        rest = &rest[end..];
        if clients(rest) {
            return true;
        }
        // Only a list goes on (／ separates the fields of a line). A comma right after the
        // trade's own word closes its phrase: 「住宅設備機器の卸売、工務店・リフォーム会社向け」 sells
        // wholesale, to builders.
        if k == 0 && rest.starts_with('、') {
            return false;
        }
        match rest.strip_prefix(['・', '、']) {
            Some(r) => rest = r,
            None => return false,
        }
    }
    false
}

fn is_katakana_char(c: char) -> bool {
    ('\u{30A0}'..='\u{30FF}').contains(&c)
}

/// `w` in `text`, an ASCII word only as a whole word (IT is not the it of 「Microsoft」).
fn contains_word(text: &str, w: &str) -> bool {
    text.match_indices(w).any(|(i, _)| word_at(text, i, w))
}

/// Whether `w`, found at `i` in `text`, is a word there.
fn word_at(text: &str, i: usize, w: &str) -> bool {
    let after = &text[i + w.len()..];
    if !w.is_ascii() {
        // スーパー of a スーパーバイザー (a job title) names no supermarket; ロジ names logistics
        // only at the head of a word (not テクノロジー, ロジック, ロジカル).
        if after.starts_with("バイザー") {
            return false;
        }
        // 棚卸 (counting the stock) is every shop's and warehouse's work, not wholesale.
        if w.starts_with('卸') && text[..i].ends_with('棚') {
            return false;
        }
        return w != "ロジ"
            || (!text[..i].chars().next_back().is_some_and(is_katakana_char)
                && !after.starts_with("ック")
                && !after.starts_with("カル"));
    }
    let before = text[..i].chars().next_back();
    !before.is_some_and(|c| c.is_ascii_alphanumeric())
        && !after
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic())
}

/// Words right after a family word that make it name a system, a product or an industry, not a
/// job: 受発注システムの開発 is a developer's work, 物流業界向け a market, 会計ソフト a tool.
const NOT_A_JOB_AFTER: &[&str] = &[
    "システム",
    "ソフト",
    "ツール",
    "アプリ",
    "パッケージ",
    "業界",
    "向け",
    "管理システム",
    "所",
    // 決算期, 販売期間: a time of the year, not the job.
    "期",
    // エンジニアの採用, 営業職採用: whom the seeker hires, not the seeker's job.
    "の採用",
    "採用",
    // 労務費, 配送費, 営業費: a cost, not the job.
    "費",
];

/// Words right after 配送 or 配達 that make it a delivery arranged with a carrier, not driven.
const ARRANGED_DELIVERY_AFTER: &[&str] = &[
    "の手配",
    "手配",
    "の依頼",
    "依頼",
    "の委託",
    "委託",
    "の遅延",
    "遅延",
    "業者",
];

/// Where a text names a job family: the words found, longest first, each place read once (a
/// word inside a longer word already read names nothing more: 「社内SE」 is no developer's SE,
/// 「営業事務」 no 営業), in text order.
pub fn family_spans(text: &str) -> Vec<(std::ops::Range<usize>, &'static Family)> {
    static WORDS: LazyLock<Vec<(&'static Family, &'static str)>> = LazyLock::new(|| {
        let mut words: Vec<(&'static Family, &'static str)> = FAMILIES
            .iter()
            .flat_map(|f| f.words.iter().map(move |w| (f, *w)))
            .collect();
        words.sort_by_key(|(_, w)| std::cmp::Reverse(w.len()));
        words
    });
    let mut taken: Vec<(std::ops::Range<usize>, &'static Family)> = Vec::new();
    // Places read as a system or a market: their shorter words name nothing either (倉庫 of
    // 「倉庫スタッフ向け」).
    let mut blocked: Vec<std::ops::Range<usize>> = Vec::new();
    for (f, w) in WORDS.iter() {
        for (at, _) in text.match_indices(w) {
            let r = at..at + w.len();
            if taken
                .iter()
                .any(|(t, _)| t.start < r.end && r.start < t.end)
                || blocked.iter().any(|t| t.start < r.end && r.start < t.end)
                || !contains_word(&text[at..], w)
            {
                continue;
            }
            let after = &text[r.end..];
            // Helping with the dispatch beside one's driving (配車補助, 配車の補助) is a
            // driver's side duty, not the dispatcher's job.
            // So is an office post that helps the job (経理補助, 人事の補助: paying in receipts and
            // preparing payments for the accountants), a desk-support post advisers call the
            // neighbouring job. A site's 施工管理補助 is not: it is the apprenticeship of the
            // trade itself, and the posts after it are the same job.
            let helper_of = ["dispatch", "accounting", "hr", "general-affairs"];
            if helper_of.contains(&f.id)
                && ["補助", "の補助", "係の補助", "表の作成補助"]
                    .iter()
                    .any(|x| after.starts_with(x))
            {
                blocked.push(r);
                continue;
            }
            // Arranging, ordering or chasing a delivery (配送の手配, 配送依頼の受付, 配送の遅延の対応)
            // is the shipper's or the dispatcher's desk work with the carriers, not driving.
            if ["配送", "配達"].contains(w)
                && ARRANGED_DELIVERY_AFTER.iter().any(|x| after.starts_with(x))
            {
                blocked.push(r);
                continue;
            }
            // 製造 names the production job only as a department (製造部 菓子パン課).
            if *w == "製造" && !DEPARTMENT_AFTER.iter().any(|d| after.starts_with(d)) {
                blocked.push(r);
                continue;
            }
            // A word then 業 (not 業務) names a trade, not a job: 個人事業主 holds no 人事, 運送業 no
            // driver. 営業利益・営業日・営業時間 are a shop's figures and hours, not a sale.
            if NOT_A_JOB_AFTER.iter().any(|x| after.starts_with(x))
                || (after.starts_with("業") && !after.starts_with("業務"))
                || (*w == "営業"
                    && ["利益", "日", "時間", "外"]
                        .iter()
                        .any(|x| after.starts_with(x)))
            {
                blocked.push(r);
                continue;
            }
            taken.push((r, f));
        }
    }
    taken.sort_by_key(|(r, _)| r.start);
    // 「受発注の事務」「経理・事務」 aside, 事務 right after an office job's word is that job's
    // desk work (仕訳事務 is 経理), not the general office job.
    let office = ["sales-assistant", "accounting", "medical-office", "hr"];
    let mut out: Vec<(std::ops::Range<usize>, &'static Family)> = Vec::new();
    for (r, f) in taken {
        let generic = f.id == "general-affairs" && text[r.clone()].starts_with("事務");
        if generic
            && out
                .last()
                .is_some_and(|(p, g)| p.end == r.start && office.contains(&g.id))
        {
            continue;
        }
        out.push((r, f));
    }
    out
}

/// The families a text names, in the order of [`FAMILIES`] (most specific first), each once.
pub fn families_of(text: &str) -> Vec<&'static Family> {
    let spans = family_spans(text);
    FAMILIES
        .iter()
        .filter(|f| spans.iter().any(|(_, g)| g.id == f.id))
        .collect()
}

/// The job a title names: Japanese job titles put the job last (物流センターの事務スタッフ is
/// office work, 営業アシスタント assists sales), so the family whose word ends last, read
/// outside parentheses first (「店長候補（食品スーパー）」) and in the first part of a title
/// split by ／ or ｜ that names one.
pub fn title_family(title: &str) -> Option<&'static Family> {
    let head = |t: &str| {
        let spans = family_spans(t);
        let last = spans.iter().max_by_key(|(r, _)| r.end)?;
        // 「設備保全エンジニア」「品質保証エンジニア」: a bare エンジニア after another job's word is
        // an engineer of that job, not a software developer.
        if &t[last.0.clone()] == "エンジニア"
            && let Some(before) = spans.iter().find(|(r, _)| r.end == last.0.start)
        {
            return Some(before.1);
        }
        Some(last.1)
    };
    let outside = outside_parens(title);
    let found = outside
        .split(['／', '/', '|', '｜'])
        .find_map(head)
        .or_else(|| head(title));
    // A スーパーバイザー supervises a store chain's shops or a contact centre's operators: a
    // title that names the centre says which.
    if found.is_some_and(|f| f.id == "store-management")
        && let Some(c) = families_of(title)
            .into_iter()
            .find(|f| f.id == "call-center")
    {
        return Some(c);
    }
    found
}

/// The family a text names most often (a posting's duties when its title names none).
pub fn dominant_family(text: &str) -> Option<&'static Family> {
    let spans = family_spans(text);
    // Ties go to the more specific family (the earlier in FAMILIES).
    FAMILIES
        .iter()
        .rev()
        .map(|f| (spans.iter().filter(|(_, g)| g.id == f.id).count(), f))
        .filter(|(n, _)| *n > 0)
        .max_by_key(|(n, _)| *n)
        .map(|(_, f)| f)
}

/// One employer block of the résumé.
#[derive(Debug, Clone)]
pub struct Employer {
    /// 1-based line of the block's heading (company and period).
    pub line: usize,
    /// The heading as written.
    pub heading: String,
    /// Company, 事業内容 and the titles of the block (normalized), for the industry.
    pub business: String,
    /// Titles and role lines (normalized), for the job.
    pub titles: String,
    /// All the block's item text (normalized).
    pub duties: String,
    pub months: Option<u32>,
    /// First and last month of the block, when its period is written.
    pub span: Option<(Date, Date)>,
    /// Every job family the seeker held in the block: its titles', and each post's of at least
    /// [`MIN_POST_MONTHS`] (or of unknown length).
    pub families: Vec<&'static str>,
    pub industry: Option<&'static str>,
    /// The posts inside the block, in résumé order (see [`Role`]).
    pub roles: Vec<Role>,
    /// Families of the places where the block's office jobs were done (see [`Role::near`]).
    pub near: Vec<&'static str>,
}

/// How a post inside an employer block is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleKind {
    /// A line with its own period: a role sub-heading 「#### 2019年4月～2022年3月　川原町店 店長」,
    /// a 派遣先 with its own 事業内容, 「2016年4月～2020年3月　介護職員」.
    Period,
    /// A dated line that starts a post: 「2018年からは副店長として…」, 「2010年4月　入社　製造部
    /// プレス課に配属」, 「2015年4月 営業部へ異動」. It lasts until the next dated post or the end
    /// of the block.
    Move,
}

/// One post the seeker held inside an employer block.
#[derive(Debug, Clone)]
pub struct Role {
    pub line: usize,
    /// The post's title: the role line and its short title lines, or the words before 「として」
    /// (normalized).
    pub text: String,
    pub months: Option<u32>,
    /// The families its title names; for a period sub-block whose title names none (「製造部
    /// 成形課（オペレーター）」), those its duties name most often.
    pub families: Vec<&'static str>,
    /// The role's own 事業内容, else the block's.
    pub industry: Option<&'static str>,
    pub kind: RoleKind,
    /// First and last month, inside the block's period, when known.
    pub span: Option<(Date, Date)>,
    /// A line of a list of the companies worked at (「2011年4月～2016年9月　株式会社ミナト厨機
    /// （業務用厨房機器の販売・保守）」 under 在籍企業) with nothing under it: its job is the
    /// career's, told in the field blocks of a résumé written by field (キャリア式).
    pub listed_company: bool,
    /// Families of the places its title names as where an office job was done (「物流センター
    /// 事務」: 物流): seen from the desk, a neighbouring job at most.
    pub near: Vec<&'static str>,
    /// A post at a 派遣先 (「◇派遣先②：…」, a dated post under an agency's heading): the work
    /// the agency's client gave a temp.
    pub dispatched: bool,
}

/// A post shorter than this (a trial month, a 3-month 派遣) is no job the seeker has done for a
/// 同職種 move: advisers count it as having seen the work, a neighbouring job at most.
pub const MIN_POST_MONTHS: u32 = 12;

/// A short line that names a job (「配属：名古屋東支店 営業課」「担当業務：営業事務」), not a sentence.
fn is_title_line(t: &str) -> bool {
    t.chars().count() <= 40 && !t.contains('。')
}

static DEPARTMENT_LIST_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[・、と][^\s、。・]{1,6})*(?:部門|部署)").expect("valid regex")
});

/// The people and departments a duty deals with: 「営業担当と相談」「営業担当者の交通費精算」
/// 「経理課へ回付」「総務部から依頼」 — a colleague's job, not the seeker's (an 営業事務 works with
/// the 営業担当; 「経理課に配属」 is the seeker's own place and is left alone).
// (「人事からの連絡」「営業部のために」「倉庫へ電話で確認」: the department or place the seeker
// works with or for; 「倉庫へ異動」 stays the seeker's own.)
static OTHERS_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:担当者|担当(?:と|の|へ|から|が)|(?:部|課|係|室|部門)(?:へ|と|から|の担当|のため|の依頼)|からの|へ(?:の|電話|連絡|確認|依頼|報告|引き継))",
    )
        .expect("valid regex")
});

/// People counted by the head (「営業担当8名の受注」「事務スタッフ3名の教育」「ドライバー約20人」): the
/// colleagues the seeker works for, trains or leads, not the seeker's own job.
static HEADCOUNT_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:担当者?|スタッフ|職員|社員)?\s*約?\s*\d+\s*(?:名|人)").expect("valid regex")
});

/// The family words of a text of duties, without the departments it names (「営業・物流・経理
/// 部門へのヒアリング」: whom the seeker worked with) and the colleagues it counts.
fn duty_spans(text: &str) -> Vec<(std::ops::Range<usize>, &'static Family)> {
    family_spans(text)
        .into_iter()
        .filter(|(r, _)| {
            let after = &text[r.end..];
            // 「経理担当として」「配車担当として」 is the seeker's own post; 「配車担当と決めた」
            // a colleague.
            let own_post = after.starts_with("担当として") || after.starts_with("として");
            let colleague = OTHERS_RE.is_match(after)
                || (text[r.clone()].ends_with("担当")
                    && ["と", "へ", "から", "に相談"]
                        .iter()
                        .any(|x| after.starts_with(x)));
            // 「営業部 業務課」: a division above the seeker's own section names no job either.
            !DEPARTMENT_LIST_RE.is_match(after)
                && !under_a_section(after)
                && (own_post || !colleague)
                && !HEADCOUNT_RE.is_match(after)
        })
        .collect()
}

/// The families a block's duties name most often (the fallback when no title names one). A
/// department named in a duty (「営業・経理部門へのヒアリング」) is whom the seeker worked with.
fn frequent_families(text: &str) -> Vec<&'static str> {
    let spans = duty_spans(text);
    let counts: Vec<(usize, &'static str)> = FAMILIES
        .iter()
        .map(|f| (spans.iter().filter(|(_, g)| g.id == f.id).count(), f.id))
        .collect();
    let max = counts.iter().map(|c| c.0).max().unwrap_or(0);
    if max == 0 {
        return Vec::new();
    }
    // The most named family, and any other named about as often (販売員 then 副店長).
    counts
        .into_iter()
        .filter(|(n, _)| *n == max || *n >= 2.max(max / 2))
        .map(|(_, id)| id)
        .collect()
}

/// Words right after a family word that make it name a department (営業部, 品質管理課, 総務
/// グループ): where the seeker sat, which says less about the job than a title or the duties
/// (an 営業事務 sits in 営業部).
const DEPARTMENT_AFTER: &[&str] = &["部", "課", "係", "室", "グループ", "チーム", "本部"];

/// A division's word followed by the section under it, named by its work (「部 業務課」「本部
/// 業務グループ」); a numbered section (「部 第一グループ」「部 2課」) is the division's own work.
static SUB_SECTION_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:本部|部)[ 　/／]*([^\s、。・()（）]{1,8}?)(?:課|係|室|グループ|チーム)")
        .expect("valid regex")
});

fn under_a_section(after: &str) -> bool {
    SUB_SECTION_RE.captures(after).is_some_and(|c| {
        let name = &c[1];
        // A section named by the work (業務課, 品質管理課, 総務課) is the seeker's job; one named
        // by a product or a line (製造部 菓子パン課, 製造部 第一課) does the division's work.
        (SECTION_WORK.iter().any(|w| name.contains(w)) || !family_spans(name).is_empty())
            && name
                .chars()
                .any(|ch| !ch.is_ascii_digit() && !"第一二三四五六七八九十".contains(ch))
    })
}

/// Words of a section's name that say its work is its own (業務課, 管理課, 企画室).
const SECTION_WORK: &[&str] = &[
    "業務",
    "管理",
    "企画",
    "技術",
    "購買",
    "調達",
    "推進",
    "サポート",
];

/// The families a title names, without the company's name (「株式会社中京トヨペット販売」 sells,
/// but the seeker's job is the title's): outside parentheses first — a parenthesis after a
/// company describes its business (「(事務機器の販売) 法人営業」) or the department's staff
/// (「営業二課（営業8名、営業事務3名）」) — then inside them (「製造部（オペレーター）」). Returns
/// the jobs named, and apart the departments named and the workplaces of an office job (see
/// [`OFFICE_FAMILIES`]).
fn title_families(t: &str, company: Option<&str>) -> Titled {
    let mut t = t.to_string();
    if let Some(c) = company.filter(|c| !c.is_empty()) {
        t = t.replace(c, " ");
    }
    let t: String = t
        .split([' ', '　'])
        .filter(|w| !crate::document::lines::has_legal_entity(w))
        .collect::<Vec<_>>()
        .join(" ");
    let read = |s: &str| {
        let (mut jobs, mut depts, mut places) = (Vec::new(), Vec::new(), Vec::new());
        let spans = family_spans(s);
        for (k, (r, f)) in spans.iter().enumerate() {
            // 「物流センター事務」「倉庫の事務」: the office job is done at that workplace; the
            // work of the place is seen from its desk, not done.
            if !OFFICE_FAMILIES.contains(&f.id)
                && spans.get(k + 1).is_some_and(|(next, g)| {
                    OFFICE_FAMILIES.contains(&g.id) && ["", "の"].contains(&&s[r.end..next.start])
                })
            {
                if !places.contains(&f.id) {
                    places.push(f.id);
                }
                continue;
            }
            // 「人事総務部」「総務・人事課」: family words joined into one department's name are
            // all that department's.
            let mut end = r.end;
            for (next, _) in &spans[k + 1..] {
                let gap = &s[end..next.start];
                if gap.is_empty() || gap == "・" {
                    end = next.end;
                } else {
                    break;
                }
            }
            // 営業二課, 営業1部: a number may come before the department's word.
            let after = s[end..].trim_start_matches(|c: char| {
                c.is_ascii_digit() || "一二三四五六七八九十第".contains(c)
            });
            let list = if DEPARTMENT_AFTER.iter().any(|d| after.starts_with(d)) {
                // 「営業部 業務課」: the seeker sits in the section named last; the division
                // above it says nothing of the job.
                if under_a_section(after) {
                    continue;
                }
                &mut depts
            } else {
                &mut jobs
            };
            if !list.contains(&f.id) {
                list.push(f.id);
            }
        }
        Titled {
            jobs,
            depts,
            places,
        }
    };
    let outside = read(&outside_parens(&t));
    if outside.jobs.is_empty() && outside.depts.is_empty() {
        read(&t)
    } else {
        outside
    }
}

/// The office jobs: a word of another family right before one of theirs names where the desk
/// is (物流センター事務, 工場の事務), not a second job.
pub(crate) const OFFICE_FAMILIES: &[&str] = &[
    "general-affairs",
    "sales-assistant",
    "accounting",
    "medical-office",
    "hr",
];

/// What a title names: the jobs, the departments, and the workplaces of an office job.
struct Titled {
    jobs: Vec<&'static str>,
    depts: Vec<&'static str>,
    places: Vec<&'static str>,
}

static DATE_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"((?:19|20)\d{2}|(?:令和|平成|昭和)\s*(?:\d{1,2}|元))\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日",
    )
    .expect("valid regex")
});

/// The résumé's date (「2026年11月30日現在」 at the top), the end of an open period.
pub fn resume_date(doc: &Document) -> Option<Date> {
    doc.lines.iter().take(8).find_map(|l| {
        let t = kanji_dates(&doc.text()[l.content.clone()]);
        DATE_RE.find(&t).and_then(|m| period_start(m.as_str()))
    })
}

pub use crate::text::date::kanji_dates;

const SEPARATORS: &[char] = &['〜', '~', '～', '-', '–', '―', 'ー'];

static END_MONTH_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(\d{1,2})\s*月").expect("valid regex"));

/// First and last month of a period 「2015年4月〜2020年3月」; an open one ends at `as_of`, and
/// one that ends on a month only (「2012年4月～6月」) in the same year.
pub fn period_bounds(period: &str, as_of: Option<Date>) -> Option<(Date, Date)> {
    let start = period_start(period)?;
    let cut = period
        .char_indices()
        .find(|(i, c)| SEPARATORS.contains(c) && *i > 0)
        .map(|(i, c)| i + c.len_utf8())?;
    let rest = &period[cut..];
    let end = match period_start(rest) {
        Some(e) => e,
        None => match END_MONTH_RE.captures(rest) {
            Some(c) => {
                let m: i8 = c[1].parse().ok()?;
                let y = if m < start.month() {
                    start.year() + 1
                } else {
                    start.year()
                };
                Date::new(y, m, 1).ok()?
            }
            None => as_of?,
        },
    };
    (end >= start).then_some((start, end))
}

/// A period: its first and last month when dated, and its months.
pub type Tenure = (Option<(Date, Date)>, Option<u32>);

/// Months covered by periods that may overlap (a promotion inside a post, two posts of one
/// year), each month counted once; periods with no dates add their months.
pub fn months_covered(spans: &[Tenure]) -> u32 {
    let mut dated: Vec<(Date, Date)> = spans.iter().filter_map(|s| s.0).collect();
    let undated: u32 = spans
        .iter()
        .filter(|s| s.0.is_none())
        .filter_map(|s| s.1)
        .sum();
    dated.sort();
    let mut total = 0;
    let mut cur: Option<(Date, Date)> = None;
    for (s, e) in dated {
        match cur {
            Some((cs, ce)) if s <= ce => cur = Some((cs, ce.max(e))),
            Some((cs, ce)) => {
                total += months_between(cs, ce) + 1;
                cur = Some((s, e));
            }
            None => cur = Some((s, e)),
        }
    }
    if let Some((cs, ce)) = cur {
        total += months_between(cs, ce) + 1;
    }
    total + undated
}

/// Months of a period 「2015年4月〜2020年3月」 (both months counted), an open period to `as_of`.
pub fn period_months(period: &str, as_of: Option<Date>) -> Option<u32> {
    period_bounds(period, as_of).map(|(s, e)| months_between(s, e) + 1)
}

static PERIOD_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"((?:19|20)\d{2}|(?:令和|平成|昭和)\s*(?:\d{1,2}|元))\s*年\s*\d{1,2}\s*月\s*[〜~～\-–―]\s*(?:(?:(?:19|20)\d{2}|(?:令和|平成|昭和)\s*(?:\d{1,2}|元))\s*年\s*\d{1,2}\s*月|\d{1,2}\s*月|現在|在職中)?")
        .expect("valid regex")
});

static TOTAL_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"通算\s*約?\s*(\d+)\s*年(?:\s*(\d+)\s*か月)?").expect("valid regex")
});

/// 「通算8年」 of a キャリア式 heading, in months.
pub fn total_months(text: &str) -> Option<u32> {
    let c = TOTAL_RE.captures(text)?;
    let y: u32 = c[1].parse().ok()?;
    let m: u32 = c.get(2).and_then(|m| m.as_str().parse().ok()).unwrap_or(0);
    Some(y * 12 + m)
}

/// The first period written in a text.
pub fn find_period(text: &str) -> Option<&str> {
    PERIOD_RE.find(text).map(|m| m.as_str())
}

const YEAR: &str =
    r"((?:19|20)\d{2}|(?:令和|平成|昭和)\s*(?:\d{1,2}|元))\s*年(?:度)?\s*(?:(\d{1,2})\s*月)?";

/// 「2018年からは副店長として」「2022年4月よりリーダー」: the post is the words before として.
static AS_POST_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[\s・\-*]*{YEAR}\s*(?:から|より|以降)(?:は)?[、,\s]*(.{{1,40}}?)(?:として|に昇格|に昇進|に着任|に就任|を務め|を担当し)"
    ))
    .expect("valid regex")
});

/// 「2010年4月　入社　製造部 プレス課に配属」「2015年4月 営業部へ異動」: the post is the line.
static MOVED_RE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^[\s・\-*]*{YEAR}\s*(.{{0,50}}?(?:入社|入職|配属|異動|昇格|昇進|昇任|着任|就任|任命|兼務|転籍).*)$"
    ))
    .expect("valid regex")
});

/// The start and title of a post a dated line opens, if it opens one.
fn post_move(t: &str) -> Option<(Date, String)> {
    let c = AS_POST_RE.captures(t).or_else(|| MOVED_RE.captures(t))?;
    // 「2025年度、エンジニアの中途採用の目標18名に対し21名の入社を達成」: other people's joining,
    // an achievement, not a post the seeker took.
    let title = c.get(3)?.as_str();
    if ["の入社", "入社を", "名の", "を達成"]
        .iter()
        .any(|w| title.contains(w))
    {
        return None;
    }
    let y = c.get(1)?.as_str();
    // A year without its month: the Japanese business year starts in April (人事異動).
    let m = c.get(2).map_or("4", |m| m.as_str());
    let start = period_start(&format!("{y}年{m}月"))?;
    Some((start, c.get(3)?.as_str().trim().to_string()))
}

/// Labels of the lines that describe the company or the project, not the seeker's job: their
/// words (「段ボールの製造販売」「受発注システムの再構築」) name no post.
const FACT_LABELS: &[&str] = &[
    "事業内容",
    "業種",
    "法人概要",
    "施設概要",
    "会社概要",
    "企業概要",
    "資本金",
    "売上高",
    "従業員",
    "社員数",
    "職員数",
    "設立",
    "上場",
    "本社",
    "所在地",
    "拠点",
    "取引先",
    "取扱商品",
    "商材",
    "プロジェクト概要",
    "案件概要",
    "概要",
    "使用技術",
    "使用言語",
    "開発環境",
    "規模",
    "請負金額",
    "構造",
];

/// Marks a label line of a block may start with (「◆事業内容：…」「□所属：…」「▼役職：…」): a
/// résumé writer picks any bullet shape for them.
const LABEL_MARKS: &[char] = &[
    '【', '[', '［', '-', '・', '◇', '◆', '■', '□', '●', '○', '▼', '▽', ' ', '　',
];

/// A line about the company or the project (「事業内容：…」「【プロジェクト概要】…」).
fn is_fact_line(t: &str) -> bool {
    let t = t.trim_start_matches(LABEL_MARKS);
    FACT_LABELS.iter().any(|k| t.starts_with(k))
}

/// A line that says which post the seeker held (「配属：名東店　新車営業スタッフ」「【役割】工事担当」).
fn is_title_label(t: &str) -> bool {
    let t = t.trim_start_matches(LABEL_MARKS);
    [
        "配属",
        "所属",
        "役職",
        "職種",
        "役割",
        "ポジション",
        "職位",
        "部署",
    ]
    .iter()
    .any(|k| t.starts_with(k))
}

/// A line about what the company does: its industry.
fn is_business_line(t: &str) -> bool {
    let t = t.trim_start_matches(LABEL_MARKS);
    [
        "事業内容",
        "業種",
        "法人概要",
        "施設概要",
        "会社概要",
        "企業概要",
        // 「概要：菓子の製造／従業員数：430名」
        "概要:",
        "概要：",
    ]
    .iter()
    .any(|k| t.starts_with(k))
}

/// What a line of an employer block is, for its posts.
#[derive(Clone, Copy, PartialEq, Eq)]
enum BlockLine {
    /// About the company or the project.
    Fact,
    /// Opens a post with its own period.
    Period,
    /// A dated line that opens a post (「2018年からは副店長として」).
    Move,
    Other,
}

/// A post being read: its role, its first and last month, and where its lines are.
struct Draft {
    role: Role,
    start: Option<Date>,
    end: Option<Date>,
    /// Positions (in the block's lines) of its first line and of the line after its last.
    from: usize,
    to: usize,
    /// A row of a table of posts (see [`table_post`]): the row is the whole post, and this is
    /// how it is cited (its period and title, or its first duties).
    table: Option<String>,
}

impl Draft {
    /// A post opened by a dated line (or a row of a table of posts), over the block's lines
    /// `lines`; its jobs and industry are read later.
    fn period(
        line: usize,
        text: String,
        bounds: Option<(Date, Date)>,
        lines: std::ops::Range<usize>,
        table: Option<String>,
    ) -> Draft {
        Draft {
            role: Role {
                line,
                text,
                months: None,
                families: Vec::new(),
                industry: None,
                kind: RoleKind::Period,
                span: None,
                listed_company: false,
                near: Vec::new(),
                dispatched: false,
            },
            start: bounds.map(|b| b.0),
            end: bounds.map(|b| b.1),
            from: lines.start,
            to: lines.end,
            table,
        }
    }
}

/// A row of a table of posts inside an employer block (「| 2022年10月～現在 | 所沢駅前店 店長：売上・
/// 在庫の管理… | 実績 |」「| 2019年4月～2022年3月 | 品質管理課 | 微生物検査… |」): its period, and
/// the post's title — the cell after the period up to its first 「：」 or 「。」, when that is a
/// short name and not a list of duties (「月次決算、固定資産管理」 names duties, the job comes
/// from them). A row that names a company is a line of a list of employers, not a post.
/// Returns the period, the title (empty when the row names none) and how the post is cited.
fn table_post(t: &str) -> Option<(String, String, String)> {
    let cells: Vec<&str> = t
        .split(['|', '｜'])
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect();
    let [first, second, ..] = cells.as_slice() else {
        return None;
    };
    let first = kanji_dates(first);
    let period = find_period(&first)?.to_string();
    if first.chars().count() > 30
        || cells.iter().any(|c| {
            c.split([' ', '　'])
                .any(crate::document::lines::has_legal_entity)
        })
    {
        return None;
    }
    let head = second
        .split([':', '：', '。'])
        .next()
        .unwrap_or_default()
        .trim();
    let title = if head.chars().count() <= 30 && !head.contains(['、', ',']) {
        head.to_string()
    } else {
        String::new()
    };
    let cited = format!("{period} {head}");
    Some((period, title, cited))
}

/// The families a post's duties name most often, and among those named equally often the ones
/// its block already holds (the 品質管理 of a construction site is the site manager's, where the
/// other posts are 施工管理).
fn duty_families(text: &str, held: &[&'static str]) -> Vec<&'static str> {
    let spans = duty_spans(text);
    let count = |id: &str| spans.iter().filter(|(_, g)| g.id == id).count();
    let found = frequent_families(text);
    let max = found.iter().map(|f| count(f)).max().unwrap_or(0);
    let tied: Vec<&'static str> = found.iter().copied().filter(|f| count(f) == max).collect();
    if tied.len() > 1 && tied.iter().any(|f| held.contains(f)) {
        found
            .into_iter()
            .filter(|f| count(f) < max || held.contains(f))
            .collect()
    } else {
        found
    }
}

/// The families of a post whose titles name no job: its departments, and the families its
/// duties name — under a department only the department's own job and its neighbours (an
/// 営業事務 in 営業部; not the 営業 an accountant of 経理課 talks to).
fn with_duties(depts: Vec<&'static str>, duties: Vec<&'static str>) -> Vec<&'static str> {
    let mut out = depts.clone();
    for f in duties {
        // An order desk's duties name the sales reps it serves (営業担当者8名の見積書, 商談の
        // 資料の準備) and the 事務 it is: neither is another job of the desk.
        if depts.contains(&"sales-assistant") && ["sales", "general-affairs"].contains(&f) {
            continue;
        }
        let related = depts.is_empty() || depts.iter().any(|d| *d == f || adjacent(d, f));
        if related && !out.contains(&f) {
            out.push(f);
        }
    }
    out
}

/// The employer blocks of a résumé.
pub fn employers(doc: &Document) -> Vec<Employer> {
    let as_of = resume_date(doc);
    let mut out = Vec::new();
    // The lines of each block, in one pass over the document.
    let mut by_job: Vec<Vec<usize>> = vec![Vec::new(); doc.jobs.len()];
    for (i, l) in doc.lines.iter().enumerate() {
        if let Some(j) = l.job
            && l.kind != LineKind::Blank
            && j < by_job.len()
        {
            by_job[j].push(i);
        }
    }
    for (j, job) in doc.jobs.iter().enumerate() {
        if job.schooling {
            continue;
        }
        let head = &doc.lines[job.heading];
        let heading = doc.line_content(job.heading).to_string();
        let heading_dates = kanji_dates(&heading).into_owned();
        let period = job
            .period
            .as_deref()
            .map(|p| kanji_dates(p).into_owned())
            .or_else(|| find_period(&heading_dates).map(str::to_string));
        let bounds = period
            .as_deref()
            .and_then(|p| period_bounds(p, as_of))
            .or_else(|| entry_bounds(doc, j, &heading_dates, &by_job[j], as_of));
        let months = bounds
            .map(|(s, e)| months_between(s, e) + 1)
            .or_else(|| total_months(&heading));
        let company = job.company.as_deref();
        let block_end = bounds.map(|b| b.1).or(as_of);
        // The block's lines, and what each is.
        let lines: Vec<usize> = std::mem::take(&mut by_job[j])
            .into_iter()
            .filter(|&i| i != job.heading)
            .collect();
        // The whole line with its label (【役割】, 【プロジェクト概要】), which the content leaves out.
        let raw = |i: usize| -> String {
            doc.text()[doc.lines[i].range.clone()]
                .trim_start_matches(['#', ' ', '　', '-', '*', '・', '|', '｜', '◇', '■', '▼'])
                .to_string()
        };
        let mut kinds: Vec<BlockLine> = Vec::with_capacity(lines.len());
        let mut drafts: Vec<Draft> = Vec::new();
        let mut moves: Vec<(usize, Date, String)> = Vec::new();
        for (k, &i) in lines.iter().enumerate() {
            let l = &doc.lines[i];
            let t = doc.line_content(i);
            let td = kanji_dates(t);
            // Training is no post (「研修期間：2012年4月～6月」「新人研修（2019年4月～6月）」).
            let training = t.contains("研修");
            let table = l.kind == LineKind::TableRow;
            // A table row 「2019年3月〜2021年8月｜同 店長（スタッフ9名）。売上・予算管理…」 is
            // titled by its words before the first 。.
            let title = if table {
                t.split('。').next().unwrap_or(t)
            } else {
                t
            };
            let kind = if is_fact_line(t) || is_fact_line(&raw(i)) {
                BlockLine::Fact
            } else if table
                && !training
                && let Some((period, title, cited)) = table_post(t)
            {
                // The row is the post: its title cell names the job, its other cells are
                // its duties and results.
                let b = period_bounds(&period, as_of);
                drafts.push(Draft::period(l.number, title, b, k..k + 1, Some(cited)));
                BlockLine::Period
            } else if let Some(p) = find_period(&td)
                && !training
                && !t.starts_with('【')
                && title.chars().count() <= 60
                && (table || !t.contains('。'))
            {
                let b = period_bounds(p, as_of);
                drafts.push(Draft::period(
                    l.number,
                    title.to_string(),
                    b,
                    k..lines.len(),
                    None,
                ));
                BlockLine::Period
            } else if !training && let Some((start, title)) = post_move(&td) {
                moves.push((l.number, start, title));
                BlockLine::Move
            } else {
                BlockLine::Other
            };
            kinds.push(kind);
        }
        // A project's or a site's header lines just above its period (「#### プロジェクト1：…」
        // 「【概要】…」 over 「【期間】…」) belong to its post.
        for d in drafts.iter_mut().filter(|d| d.table.is_none()) {
            let mut from = d.from;
            while from > 0
                && d.from - from < 3
                && kinds[from - 1] != BlockLine::Period
                && !is_business_line(&raw(lines[from - 1]))
                && doc.lines[lines[from - 1]].number + 1 == doc.lines[lines[from]].number
                && !matches!(doc.lines[lines[from - 1]].role, Some(LineRole::Item))
            {
                from -= 1;
            }
            d.from = from;
        }
        for k in 1..drafts.len() {
            if drafts[k - 1].table.is_none() {
                drafts[k - 1].to = drafts[k].from;
            }
        }
        let first_post = drafts.first().map_or(lines.len(), |d| d.from);
        let text_of = |range: std::ops::Range<usize>| -> String {
            range
                .filter(|&k| kinds[k] != BlockLine::Fact)
                .map(|k| doc.line_content(lines[k]))
                .collect::<Vec<_>>()
                .join(" ")
        };
        // Short lines that name a job (「配属：名東店　新車営業スタッフ」「【役割】工事担当」),
        // not sentences nor items.
        let title_lines = |range: std::ops::Range<usize>| -> Vec<&str> {
            range
                .filter(|&k| {
                    let t = doc.line_content(lines[k]);
                    kinds[k] == BlockLine::Other
                        && is_title_line(t)
                        && (is_title_label(t)
                            || is_title_label(&raw(lines[k]))
                            || !matches!(doc.lines[lines[k]].role, Some(LineRole::Item)))
                })
                .map(|k| doc.line_content(lines[k]))
                .collect()
        };
        // What the company does (事業内容, 業種, 法人概要): the industry. A project's 概要 says
        // what was built, for whom, not where the seeker worked.
        let fact_text = |range: std::ops::Range<usize>| -> String {
            range
                .filter(|&k| kinds[k] == BlockLine::Fact && is_business_line(&raw(lines[k])))
                .map(|k| doc.line_content(lines[k]))
                .collect::<Vec<_>>()
                .join(" ")
        };
        // The block itself: its heading and the title lines above its first post.
        let mut business = format!(
            "{} {} {}",
            company.unwrap_or_default(),
            heading,
            fact_text(0..first_post)
        );
        let Titled {
            mut jobs,
            mut depts,
            places,
        } = title_families(&heading, company);
        let mut near = places;
        for t in title_lines(0..first_post) {
            let titled = title_families(t, company);
            jobs.extend(titled.jobs);
            depts.extend(titled.depts);
            near.extend(titled.places);
        }
        let mut titles = heading.clone();
        for t in title_lines(0..lines.len()) {
            titles.push(' ');
            titles.push_str(t);
        }
        let duties: String = lines
            .iter()
            .filter(|&&i| matches!(doc.lines[i].role, Some(LineRole::Item)))
            .filter(|&&i| doc.lines[i].kind != LineKind::Heading)
            .map(|&i| doc.line_content(i))
            .collect::<Vec<_>>()
            .join(" ");
        // The 事業内容 written for the block says the trade before its heading does: 「ほくせい食品
        // 物流部」 with 事業内容：調味料・レトルト食品の製造販売 is a food maker (物流部 is where the
        // seeker sat).
        let industry = industry_of(&fact_text(0..first_post))
            .or_else(|| industry_of(&business))
            .or_else(|| industry_of(&titles))
            .map(|i| i.id);
        // Each period post: its title's jobs; else its departments and what its lines name.
        let mut roles: Vec<Role> = Vec::new();
        let mut pending: Vec<(usize, Vec<&'static str>, String)> = Vec::new();
        for d in &mut drafts {
            let mut title = d.role.text.clone();
            for t in title_lines(d.from..d.to) {
                if !title.contains(t) {
                    title.push(' ');
                    title.push_str(t);
                }
            }
            // The line of the period itself, and whether anything is written under it.
            let at = (d.from..d.to)
                .find(|&k| doc.lines[lines[k]].number == d.role.line)
                .unwrap_or(d.from);
            d.role.listed_company = d.table.is_none()
                && at + 1 == d.to
                && company.is_none()
                && d.role.text.contains(['(', '（'])
                && d.role
                    .text
                    .split([' ', '　'])
                    .any(crate::document::lines::has_legal_entity);
            d.role.text = title;
            let Titled {
                jobs: j,
                depts: dp,
                places,
            } = title_families(&d.role.text, company);
            d.role.near = places;
            if d.role.listed_company {
                // The parenthesis after the company says what it does; the job is filled in
                // from the field blocks below.
                d.role.industry = industry_of(&inside_parens(&d.role.text)).map(|i| i.id);
                d.role.families = Vec::new();
                if let (Some(s), Some(e)) = (d.start, d.end) {
                    d.role.months = (e >= s).then(|| months_between(s, e) + 1);
                    d.role.span = (e >= s).then_some((s, e));
                }
                roles.push(d.role.clone());
                continue;
            }
            if j.is_empty() {
                pending.push((roles.len(), dp, text_of(d.from..d.to)));
            }
            d.role.families = j;
            if let Some(cited) = &d.table {
                d.role.text = cited.clone();
            }
            if let (Some(s), Some(e)) = (d.start, d.end) {
                let (s, e) = match bounds {
                    Some((bs, be)) => (s.max(bs), e.min(be)),
                    None => (s, e),
                };
                d.role.months = (e >= s).then(|| months_between(s, e) + 1);
                d.role.span = (e >= s).then_some((s, e));
            }
            // A 派遣先's own 事業内容, else the industry its title names (「▼派遣先：株式会社
            // あさひ物産（食品輸入商社）」), else the block's.
            // (A project's or a route's title names the customer, not where the seeker worked.)
            // Under an agency's heading (「株式会社ワークリンク（派遣元）」) every dated post is a
            // 派遣先, the company its title names (「〈派遣先①〉東邦ロジテック株式会社 物流センター事務」).
            let placed = d.role.text.contains("派遣先")
                || (heading.contains("派遣元")
                    && d.role
                        .text
                        .split([' ', '　'])
                        .any(crate::document::lines::has_legal_entity));
            d.role.dispatched = placed;
            d.role.industry = industry_of(&fact_text(d.from..d.to))
                .or_else(|| placed.then(|| industry_of(&d.role.text)).flatten())
                .map(|i| i.id)
                .or(industry);
            roles.push(d.role.clone());
        }
        let own = text_of(0..first_post);
        // The jobs the block's titles and its other posts name (not its departments: an
        // 営業事務 sits in 営業部).
        let mut held: Vec<&'static str> = jobs.clone();
        held.extend(roles.iter().flat_map(|r| r.families.iter().copied()));
        let from_departments = jobs.is_empty();
        let mut block_fams = if jobs.is_empty() {
            // With no department in the block's titles, the sections its dated lines move to
            // (「入社 営業部 営業業務グループ」) say under which job the duties were done.
            let depts = if depts.is_empty() {
                moves
                    .iter()
                    .flat_map(|(_, _, t)| title_families(t, company).depts)
                    .fold(Vec::new(), |mut v, f| {
                        if !v.contains(&f) {
                            v.push(f);
                        }
                        v
                    })
            } else {
                depts
            };
            with_duties(depts, duty_families(&own, &held))
        } else {
            jobs
        };
        held.extend(block_fams.iter().copied());
        for (r, dp, text) in pending {
            roles[r].families = with_duties(dp, duty_families(&text, &held));
        }
        // Posts opened by a dated line last until the next dated post starts, or the block ends.
        let mut starts: Vec<Date> = drafts
            .iter()
            .filter_map(|d| d.start)
            .chain(moves.iter().map(|m| m.1))
            .collect();
        starts.sort_unstable();
        let mut move_depts: Vec<&'static str> = Vec::new();
        for (line, start, title) in moves {
            let next = starts.partition_point(|x| *x <= start);
            let end = match starts.get(next) {
                Some(next) => next.checked_sub(jiff::Span::new().months(1)).ok(),
                None => block_end,
            };
            let s = bounds.map_or(start, |b| start.max(b.0));
            let end = end.map(|e| bounds.map_or(e, |b| e.min(b.1)));
            let months = end.and_then(|e| (e >= s).then(|| months_between(s, e) + 1));
            let span = end.and_then(|e| (e >= s).then_some((s, e)));
            // A promotion names its own job or none (班長 is the same job, higher).
            let Titled {
                jobs: families,
                places,
                depts: moved_to,
            } = title_families(&title, company);
            move_depts.extend(moved_to);
            roles.push(Role {
                line,
                text: title,
                months,
                families,
                industry,
                kind: RoleKind::Move,
                span,
                listed_company: false,
                near: places,
                dispatched: false,
            });
        }
        roles.sort_by_key(|r| r.line);
        // A promotion that names no job (「在庫管理課 課長代理に就任」) goes on with the job of the
        // post before it: a 課長代理 of the 在庫管理課 still manages the stock.
        for k in 1..roles.len() {
            if roles[k].kind == RoleKind::Move
                && roles[k].families.is_empty()
                && ["昇格", "昇進", "昇任", "就任"]
                    .iter()
                    .any(|w| roles[k].text.contains(w))
            {
                roles[k].families = roles[k - 1].families.clone();
            }
        }
        // A dated line that names the job (「営業部 営業事務として配属」) says what the seeker did
        // better than the department it sits in.
        if from_departments
            && roles
                .iter()
                .any(|r| r.kind == RoleKind::Move && !r.families.is_empty())
        {
            block_fams.clear();
        }
        let mut families: Vec<&'static str> = Vec::new();
        for f in block_fams.iter().copied().chain(
            roles
                .iter()
                .filter(|r| r.months.is_none_or(|m| m >= MIN_POST_MONTHS))
                .flat_map(|r| r.families.iter().copied()),
        ) {
            if !families.contains(&f) {
                families.push(f);
            }
        }
        if families.is_empty() {
            // No title names the job: the departments the seeker joined (「入社 人事部 採用課」)
            // and the duties related to them, else the block's prose and duties.
            let frequent = frequent_families(&text_of(0..lines.len()));
            families = if move_depts.is_empty() {
                frequent
            } else {
                with_duties(move_depts.clone(), frequent)
            };
        }
        // In the order of FAMILIES (most specific first).
        families.sort_by_key(|f| FAMILIES.iter().position(|x| x.id == *f));
        for f in roles
            .iter()
            .filter(|r| r.months.is_none_or(|m| m >= MIN_POST_MONTHS))
            .flat_map(|r| r.near.iter().copied())
        {
            if !near.contains(&f) {
                near.push(f);
            }
        }
        near.retain(|f| !families.contains(f));
        // Selling homes (新築マンションの販売, モデルルームでの接客) is a sale to people who come to
        // buy, which advisers count as 営業 (個人向けの不動産営業), not a shop floor's 販売.
        if industry == Some("real-estate") {
            for fs in
                std::iter::once(&mut families).chain(roles.iter_mut().map(|r| &mut r.families))
            {
                if let Some(k) = fs.iter().position(|f| *f == "retail-sales") {
                    if fs.contains(&"sales") {
                        fs.remove(k);
                    } else {
                        fs[k] = "sales";
                    }
                }
            }
        }
        business.push(' ');
        business.push_str(&fact_text(0..lines.len()));
        out.push(Employer {
            line: head.number,
            heading,
            business,
            titles,
            duties,
            months,
            span: bounds,
            families,
            industry,
            roles,
            near,
        });
    }
    // A résumé written by field (キャリア式): its field blocks name no company; the companies of
    // its list did the jobs those fields name.
    let fields: Vec<&'static str> = doc
        .jobs
        .iter()
        .filter(|j| !j.schooling)
        .zip(out.iter())
        .filter(|(j, _)| j.company.is_none())
        .flat_map(|(_, e)| e.families.iter().copied())
        .fold(Vec::new(), |mut v, f| {
            if !v.contains(&f) {
                v.push(f);
            }
            v
        });
    for e in &mut out {
        for r in e.roles.iter_mut().filter(|r| r.listed_company) {
            r.families = fields.clone();
        }
    }
    let mut rows = career_table_rows(doc, as_of, &mut out);
    // A company of the list whose business is written nowhere (「| 2013年4月～2017年3月 | 株式会社
    // オフィスプラン中部 | 正社員 営業部 |」) is in the trade of what the field blocks say was sold
    // (「複合機とビジネスフォンの新規開拓」): the one trade they name that no other company of the
    // career accounts for.
    let rows_industries: Vec<&'static str> = rows.iter().filter_map(|r| r.industry).collect();
    if let [unknown] = rows
        .iter_mut()
        .filter(|r| r.industry.is_none())
        .collect::<Vec<_>>()
        .as_mut_slice()
    {
        let by_field: Vec<(&crate::document::Job, &Employer)> = doc
            .jobs
            .iter()
            .filter(|j| !j.schooling)
            .zip(out.iter())
            .collect();
        let sold: String = by_field
            .iter()
            .filter(|(j, _)| j.company.is_none())
            .map(|(_, e)| e.duties.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let known: Vec<&str> = by_field
            .iter()
            .filter(|(j, _)| j.company.is_some())
            .filter_map(|(_, e)| e.industry)
            .chain(rows_industries.iter().copied())
            .collect();
        if let [one] = industries_named(&sold)
            .into_iter()
            .filter(|i| !known.contains(&i.id))
            .collect::<Vec<_>>()
            .as_slice()
        {
            unknown.industry = Some(one.id);
        }
    }
    if !rows.is_empty() {
        out.extend(rows);
        out.sort_by_key(|e| e.line);
    }
    // Dated employers (the rows of a 職歴 table) followed by undated blocks that name no company
    // (「### 個人営業」「### 新規開拓（中小企業向け）」): a résumé written by field, whose blocks
    // tell the job of the employers above them. An employer whose own lines name no job takes
    // the jobs of those blocks.
    let dated: Vec<usize> = out
        .iter()
        .filter(|e| e.months.is_some())
        .map(|e| e.line)
        .collect();
    if let Some(&last) = dated.iter().max() {
        let fields: Vec<(Vec<&'static str>, String)> = out
            .iter()
            .filter(|e| e.months.is_none() && e.line > last)
            .filter(|e| {
                !["株式会社", "有限会社", "合同会社", "法人", "(株)"]
                    .iter()
                    .any(|w| e.heading.contains(w))
            })
            .map(|e| (e.families.clone(), e.duties.clone()))
            .collect();
        let undated_before = out.iter().any(|e| e.months.is_none() && e.line < last);
        if !fields.is_empty() && !undated_before {
            for d in out
                .iter_mut()
                .filter(|e| e.months.is_some() && (dated.len() == 1 || e.families.is_empty()))
            {
                for (fams, duties) in &fields {
                    for f in fams {
                        if !d.families.contains(f) {
                            d.families.push(f);
                        }
                    }
                    if dated.len() == 1 {
                        d.duties = format!("{} {}", d.duties, duties);
                    }
                }
            }
        }
    }
    // A résumé without employer blocks (キャリア式 only): the career section as one block.
    if out.is_empty()
        && let Some(sec) = doc.section_of(SectionKind::Career)
    {
        let text: String = sec
            .lines
            .clone()
            .map(|i| doc.line_content(i).to_string())
            .collect::<Vec<_>>()
            .join(" ");
        out.push(Employer {
            line: sec.heading.map_or(1, |h| doc.lines[h].number),
            heading: String::new(),
            business: text.clone(),
            titles: text.clone(),
            duties: text.clone(),
            months: None,
            span: None,
            families: families_of(&text).iter().take(1).map(|f| f.id).collect(),
            industry: industry_of(&text).map(|i| i.id),
            roles: Vec::new(),
            near: Vec::new(),
        });
    }
    out
}

static ENTRY_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"入社|入職|入行|入所|入庁|入団").expect("valid regex"));
static LEAVING_RE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"退職|退社|退所|退任|契約満了|期間満了").expect("valid regex"));

/// The period of a block headed by its entry date only (「2019年4月　東都ロジスティクス株式会社　入社」,
/// 「平成25年4月 社会福祉法人 青松会 入職」): from that month to the month of its 退職 line, else to
/// the month before the next block's entry, else to the résumé's date.
fn entry_bounds(
    doc: &Document,
    j: usize,
    heading: &str,
    lines: &[usize],
    as_of: Option<Date>,
) -> Option<(Date, Date)> {
    if !ENTRY_RE.is_match(heading) {
        return None;
    }
    let start = period_start(heading)?;
    let left = lines.iter().rev().find_map(|&i| {
        // 「2019年3月　一身上の都合により退職」: a short dated line, not a sentence that tells
        // of someone else leaving.
        let t = kanji_dates(doc.line_content(i));
        let dated = t.chars().next().is_some_and(|c| c.is_ascii_digit())
            || ["令和", "平成", "昭和"].iter().any(|e| t.starts_with(e));
        (dated && t.chars().count() <= 40 && LEAVING_RE.is_match(&t))
            .then(|| period_start(&t))
            .flatten()
    });
    let next = || {
        doc.jobs[j + 1..]
            .iter()
            .find(|n| !n.schooling)
            .and_then(|n| period_start(&kanji_dates(doc.line_content(n.heading))))
            .filter(|d| *d > start)
            .and_then(|d| d.checked_sub(jiff::Span::new().months(1)).ok())
    };
    let end = left.or_else(next).or(as_of)?;
    (end >= start).then_some((start, end))
}

/// The rows of a 職歴一覧 table (「| 2014年4月～2018年6月 | 株式会社丸光フーズ | 業務用食品の卸売 |
/// 正社員／ルート営業 |」) in a résumé written by field (キャリア式): each row is an employer with
/// its period, company, business and job, which the field blocks below do not carry. A row
/// whose period is already a block's is the same employer and adds nothing.
///
/// So is a line of a 職歴 list under the field blocks (「2014年4月〜2017年3月　東邦住設株式会社（住宅設備
/// メーカー）　営業部」): its period, then the company with its business and department.
fn career_table_rows(
    doc: &Document,
    as_of: Option<Date>,
    blocks: &mut [Employer],
) -> Vec<Employer> {
    let mut out = Vec::new();
    for (i, l) in doc.lines.iter().enumerate() {
        let raw = &doc.text()[l.range.clone()];
        let cells: Vec<String> = if l.kind == LineKind::TableRow {
            if doc
                .section_of(SectionKind::Career)
                .is_none_or(|s| !s.lines.contains(&i))
            {
                continue;
            }
            raw.split(['|', '｜'])
                .map(|c| kanji_dates(c.trim()).into_owned())
                .filter(|c| !c.is_empty())
                .collect()
        } else {
            // A list line: period, company (business), department.
            let t = kanji_dates(doc.line_content(i)).into_owned();
            let Some(p) = find_period(&t) else { continue };
            let rest = t[t.find(p).map_or(0, |k| k + p.len())..].trim().to_string();
            if !t.starts_with(p)
                || t.chars().count() > 80
                || t.contains('。')
                || !["株式会社", "有限会社", "合同会社", "法人", "(株)"]
                    .iter()
                    .any(|w| rest.contains(w))
            {
                continue;
            }
            let mut cells = vec![p.to_string()];
            let parts: Vec<&str> = rest.split([' ', '　']).filter(|x| !x.is_empty()).collect();
            match parts.as_slice() {
                [] => continue,
                [one] => {
                    cells.push((*one).to_string());
                    cells.push((*one).to_string());
                }
                [first, more @ ..] => {
                    cells.push((*first).to_string());
                    cells.push(more.join(" "));
                }
            }
            cells
        };
        if cells.len() < 3 || cells[0].chars().count() > 30 {
            continue;
        }
        let Some(period) = find_period(&cells[0]) else {
            continue;
        };
        let Some(bounds) = period_bounds(period, as_of) else {
            continue;
        };
        let rest = cells[1..].join(" ");
        let last = cells[cells.len() - 1].as_str();
        let business = if l.kind == LineKind::TableRow {
            cells[1..cells.len() - 1].join(" ")
        } else {
            rest.clone()
        };
        if let Some(same) = blocks.iter_mut().find(|e| e.span == Some(bounds)) {
            // The block of that period (「### 量販店向けのルート営業（2015年4月～現在）」 under the
            // row 「| 2015年4月～現在 | 株式会社ヤマシロ食品（調味料の製造販売） |」) is the same
            // employer: the row tells its trade when the block does not.
            if same.industry.is_none()
                && let Some(i) = industry_of(&business)
            {
                same.industry = Some(i.id);
                same.business = format!("{} {}", same.business, business);
            }
            continue;
        }
        if blocks
            .iter()
            .any(|e| e.line == l.number || e.roles.iter().any(|r| r.line == l.number))
        {
            continue;
        }
        let mut families: Vec<&'static str> = families_of(last).iter().map(|f| f.id).collect();
        if families.is_empty() {
            families = families_of(&rest).iter().take(1).map(|f| f.id).collect();
        }
        families.sort_by_key(|f| FAMILIES.iter().position(|x| x.id == *f));
        out.push(Employer {
            line: l.number,
            heading: rest.clone(),
            business: business.clone(),
            titles: last.to_string(),
            duties: String::new(),
            months: Some(months_between(bounds.0, bounds.1) + 1),
            span: Some(bounds),
            families,
            industry: industry_of(&business).map(|i| i.id),
            roles: Vec::new(),
            near: Vec::new(),
        });
    }
    out
}

/// Text without its parentheses: 「（住宅・自動車・保険などの高額商材）」 gives examples, not the
/// requirement.
/// The text inside parentheses (「株式会社ミナト厨機（業務用厨房機器の販売）」 → 「業務用厨房機器の販売」).
pub(crate) fn inside_parens(s: &str) -> String {
    let mut t = String::new();
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '(' | '（' => {
                depth += 1;
                t.push(' ');
            }
            ')' | '）' => depth = (depth - 1).max(0),
            c if depth > 0 => t.push(c),
            _ => {}
        }
    }
    t
}

pub(crate) fn outside_parens(s: &str) -> String {
    let mut t = String::new();
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth = (depth - 1).max(0),
            c if depth == 0 => t.push(c),
            _ => {}
        }
    }
    t
}

#[cfg(test)]
mod tests {

    /// A carrier's clients — the owners of the goods it keeps and the shops it delivers to —
    /// are not its trade.
    #[test]
    fn a_carriers_clients_are_not_its_trade() {
        assert_eq!(
            industry_of(
                "食品メーカー・問屋から預かった冷蔵・冷凍品の保管と、スーパー・コンビニへの共同配送"
            )
            .map(|i| i.id),
            Some("logistics")
        );
        assert_eq!(
            industry_of("携帯電話の販売代理店").map(|i| i.id),
            Some("retail-mobile")
        );
        assert_eq!(
            industry_of("冷凍総菜の製造").map(|i| i.id),
            Some("mfg-food")
        );
        assert_eq!(
            industry_of("食品包装機械の設計・製造").map(|i| i.id),
            Some("mfg-parts")
        );
        assert_eq!(
            industry_of("冷凍食品の製造（最新の機器を導入）").map(|i| i.id),
            Some("mfg-food")
        );
    }
    use super::*;

    #[test]
    fn blocks_headed_by_their_entry_date_are_dated() {
        let doc = Document::parse(
            "2026年12月1日現在\n\n■職務経歴\n\n2015年4月　株式会社ネクサスサポート　入社\n事業内容：ITアウトソーシング\n- 問い合わせ対応\n2019年3月　一身上の都合により退職\n\n2019年4月　東都ロジスティクス株式会社　入社\n事業内容：3PL・倉庫運営\n- 社員PCの資産管理\n",
        );
        let e = employers(&doc);
        let months: Vec<Option<u32>> = e.iter().map(|e| e.months).collect();
        assert_eq!(months, vec![Some(48), Some(93)], "{e:?}");
        assert_eq!(e[1].industry, Some("logistics"));
    }

    /// A table of posts inside an employer block (period｜post：duties｜results) holds the
    /// block's posts, not employers of their own; a row that names no post is read from its
    /// duties, and the lines after the table belong to no row.
    #[test]
    fn table_rows_inside_a_block_are_its_posts() {
        let doc = Document::parse(
            "職務経歴書\n2026年12月1日現在\n\n## 職務経歴\n### 株式会社ミドリ薬品（2016年4月～現在）\n事業内容：ドラッグストアの運営\n\n| 期間 | 業務内容 | 実績 |\n|---|---|---|\n| 2021年4月～現在 | 本町店 店長：売上・在庫・人件費の管理、シフト作成 | 売上前年比105% |\n| 2016年4月～2021年3月 | 本町店 販売スタッフ：レジ、品出し | ― |\n\n### 店長としての取り組み\n- 発注の手順を見直した\n\n### 株式会社アオバ会計（2012年4月～2016年3月）\n| 期間 | 業務内容 | 実績 |\n|---|---|---|\n| 2012年4月～2016年3月 | 月次決算、固定資産管理 | ― |\n",
        );
        let e = employers(&doc);
        assert_eq!(e.len(), 2, "{e:?}");
        let roles: Vec<_> = e[0]
            .roles
            .iter()
            .map(|r| (r.line, r.months, r.families.clone(), r.industry))
            .collect();
        assert_eq!(
            roles,
            vec![
                (10, Some(69), vec!["store-management"], Some("retail-drug")),
                (11, Some(60), vec!["retail-sales"], Some("retail-drug")),
            ]
        );
        assert_eq!(e[0].roles[0].text, "2021年4月〜現在 本町店 店長");
        assert_eq!(e[1].roles[0].families, vec!["accounting"]);
    }

    /// 「物流センター事務」 is an office job done at a logistics centre: the centre's work is a
    /// place, not a second job. Under an agency's heading, each post's company is its 派遣先.
    #[test]
    fn an_office_job_at_a_workplace_and_agency_posts() {
        let doc = Document::parse(
            "職務経歴書\n2026年12月1日現在\n\n【職務経歴】\n■株式会社ミライ人材（派遣元）（2019年5月～2026年9月）\n　〈派遣先①〉北港ロジテック株式会社　物流センター事務（2019年5月～2022年10月）\n　・出荷伝票の発行と集荷の手配\n　〈派遣先②〉光和製薬株式会社　経理部 請求書発行（2022年11月～2026年9月）\n　・請求書の発行\n",
        );
        let e = employers(&doc);
        assert_eq!(e.len(), 1, "{e:?}");
        let r = &e[0].roles;
        assert_eq!(r[0].families, vec!["general-affairs"]);
        assert_eq!(r[0].near, vec!["logistics"]);
        assert_eq!(r[0].industry, Some("logistics"));
        assert_eq!(r[1].industry, Some("mfg-chemical"));
        assert_eq!(e[0].near, vec!["logistics"]);
        // Two office jobs joined are both the seeker's (人事総務).
        let t = title_families("人事総務", None);
        assert_eq!(t.jobs, vec!["hr", "general-affairs"]);
        assert!(t.places.is_empty());
    }

    /// A sale closed by a comma right after 卸売 is the business; the customers come after it.
    #[test]
    fn a_comma_after_the_trade_closes_its_phrase() {
        assert_eq!(
            industry_of("住宅設備機器の卸売、工務店・リフォーム会社向け").map(|i| i.id),
            Some("trading")
        );
        assert_eq!(
            industry_of("飲食店・施設向けの厨房機器の販売").map(|i| i.id),
            Some("kitchen-equipment")
        );
    }

    /// A company of the list whose business is written nowhere is in the one trade the field
    /// blocks name that no other company accounts for (what the seeker sold); 棚卸 is no
    /// wholesale.
    #[test]
    fn a_listed_company_without_its_business_is_in_the_trade_it_sold() {
        let src = "職務経歴書\n2026年12月1日現在\n\n## 職歴\n| 期間 | 会社名 | 雇用形態・役職 |\n|---|---|---|\n| 2013年4月～2017年3月 | 株式会社オフィスミナミ | 正社員 営業部 |\n| 2017年4月～現在 | ミドリ運輸株式会社 | 正社員 営業部 課長 |\n\n## 職務経歴（分野別）\n### 1. 新規開拓\n- 複合機とビジネスフォンの新規開拓（飛び込み）\n- 週1回の案件の棚卸し会議を始めた\n";
        let e = employers(&Document::parse(src));
        let ind: Vec<_> = e.iter().map(|e| (e.line, e.industry)).collect();
        assert!(ind.contains(&(7, Some("office-equipment"))), "{ind:?}");
        assert!(ind.contains(&(8, Some("logistics"))), "{ind:?}");
        // Two companies without a business: which sold what is not known.
        let two = src.replace("ミドリ運輸株式会社", "株式会社ミドリ");
        let e = employers(&Document::parse(&two));
        assert!(e.iter().all(|e| e.industry.is_none()), "{e:?}");
        assert_eq!(industry_of("在庫の棚卸").map(|i| i.id), None);
    }

    /// 製造部 is the production job; a section under it named by a product (菓子パン課) does the
    /// division's work, one named by its own work (業務課) does not. 製造 alone is a business.
    #[test]
    fn a_production_division_and_its_product_sections() {
        let t = title_families("製造部 菓子パン課", None);
        assert_eq!(
            t.jobs.iter().chain(&t.depts).collect::<Vec<_>>(),
            vec![&"production"]
        );
        let t = title_families("営業部 業務課", None);
        assert!(t.jobs.is_empty() && t.depts.is_empty());
        assert!(
            families_of("パンの製造・販売")
                .iter()
                .all(|f| f.id != "production")
        );
        assert!(
            families_of("製造業の経理")
                .iter()
                .all(|f| f.id != "production")
        );
    }

    #[test]
    fn career_list_rows_are_employers() {
        let doc = Document::parse(
            "2026年12月1日現在\n\n## 職務経歴\n\n| 期間 | 会社名 | 事業内容 | 職種 |\n|---|---|---|---|\n| 2014年4月～2018年6月 | 株式会社丸光フーズ | 業務用食品の卸売 | 正社員／ルート営業 |\n\n### 1. ルート営業\n- 飲食店への定期訪問\n",
        );
        let e = employers(&doc);
        let row = e
            .iter()
            .find(|e| e.line == 7)
            .expect("the row is an employer");
        assert_eq!(row.months, Some(51));
        assert_eq!(row.families, vec!["sales"]);
        assert_eq!(row.industry, Some("trading"));
    }

    #[test]
    fn a_supervisor_names_no_supermarket() {
        assert_eq!(industry_of("スーパーバイザー募集").map(|i| i.id), None);
        assert_eq!(
            industry_of("食品スーパーの店長").map(|i| i.id),
            Some("retail-food")
        );
        assert_eq!(industry_of("テクノロジー企業").map(|i| i.id), None);
        assert_eq!(
            title_family("スーパーバイザー（SV）募集｜株式会社ルミナ電機 お客様サポートセンター")
                .map(|f| f.id),
            Some("call-center")
        );
    }

    #[test]
    fn periods_count_both_months_and_open_ones_to_the_resume_date() {
        let d = Date::new(2026, 11, 1).unwrap();
        assert_eq!(period_months("2015年4月〜2020年3月", Some(d)), Some(60));
        assert_eq!(period_months("2020年4月〜現在", Some(d)), Some(80));
        assert_eq!(period_months("平成30年4月～令和2年3月", None), Some(24));
        assert_eq!(period_months("2020年4月〜現在", None), None);
    }

    #[test]
    fn desk_duties_name_the_sales_assistant_when_no_title_does() {
        let doc = Document::parse(
            "## 職務経歴\n### 株式会社A（2018年4月〜2024年3月）\n- 受注データの入力を担当。\n- 営業担当8名の資料作成。\n- 受注入力の手順書を作り、ミスを月10件から3件に減らした。\n",
        );
        let e = employers(&doc);
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].families, vec!["sales-assistant"]);
        // A sales rep who wins orders is still a sales rep.
        let doc = Document::parse(
            "## 職務経歴\n### 株式会社B（2018年4月〜2024年3月）\n- 法人営業として新規開拓を担当。\n- 大型案件を受注し、営業成績で表彰。\n",
        );
        assert_eq!(employers(&doc)[0].families, vec!["sales"]);
    }

    /// 「◆事業内容：…」 is a fact line whatever its bullet: its 販売 is what the company does,
    /// not the seeker's title.
    #[test]
    fn label_lines_with_any_bullet_are_facts() {
        let doc = Document::parse(
            "職務経歴書\n2026年11月30日現在\n\n■職務経歴\n□株式会社ミナト文具（2014年4月～2020年3月）\n◆事業内容：文具・事務用品の販売／従業員数：90名\n◆2014年4月　入社　本店 営業課に配属\n・地元の中小企業への法人営業（担当60社）\n・既存顧客への新商品の提案営業\n",
        );
        let e = employers(&doc);
        assert_eq!(e[0].families, vec!["sales"], "{:?}", e[0].families);
    }

    /// A trade followed by 向け, alone or heading a list, is whom the company sells to.
    #[test]
    fn customers_named_with_muke_are_not_the_industry() {
        let id = |t: &str| industry_of(t).map(|i| i.id);
        assert_eq!(
            id("飲食店・学校給食向けの業務用冷蔵庫・厨房機器の販売"),
            Some("kitchen-equipment")
        );
        assert_eq!(id("建機・農機向け油圧バルブの製造"), Some("mfg-parts"));
        assert_eq!(id("小売店・美容室向けの予約管理クラウドの開発"), Some("it"));
        // 食品 is what is sold; ／ ends the phrase, the customers come after it.
        assert_eq!(id("業務用食品の卸売／病院・介護施設向け"), Some("trading"));
        assert_eq!(id("定食チェーン（二十店舗）の運営"), Some("restaurant"));
    }

    /// 人事・労務 is an office job of its own, next to 総務 and 経理; 「人事総務部」 names both.
    #[test]
    fn personnel_work_is_its_own_office_job() {
        let ids = |t: &str| families_of(t).iter().map(|f| f.id).collect::<Vec<_>>();
        assert_eq!(ids("労務担当"), vec!["hr"]);
        assert_eq!(
            title_family("人事労務事務（本社 管理部）").map(|f| f.id),
            Some("hr")
        );
        assert!(adjacent("hr", "general-affairs"));
        assert!(adjacent("accounting", "hr"));
        assert!(!adjacent("hr", "sales"));
        let doc = Document::parse(
            "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n### 株式会社ソラノ電子（2016年4月～現在）\n所属：人事総務部\n- 入退社の手続きと社員証の発行\n- 会議室と備品の管理\n",
        );
        let e = employers(&doc);
        assert!(e[0].families.contains(&"hr"), "{:?}", e[0].families);
        assert!(
            e[0].families.contains(&"general-affairs"),
            "{:?}",
            e[0].families
        );
    }

    /// 「営業部 業務課」: the seeker sits in 業務課, and the duties say the job; a numbered section
    /// (「部 第二グループ」) is the division's own work.
    #[test]
    fn a_division_above_the_section_names_no_job() {
        let doc = Document::parse(
            "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n### 株式会社ヒバリ製版（2015年4月～2020年3月）\n事業内容：パッケージの印刷\n所属：営業部 業務課\n- 得意先からの受注の入力と請求書の発行\n- 版下データの受け渡し\n",
        );
        assert_eq!(employers(&doc)[0].families, vec!["sales-assistant"]);
        let doc = Document::parse(
            "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n### 株式会社ミツバネット（2017年4月～現在）\n事業内容：通販サイト向け決済サービスの運営\n所属：カスタマーサポート部 第二グループ\n- 加盟店からの電話・メールの問い合わせ対応\n- 決算期の問い合わせの増加に合わせた応対手順の整理\n",
        );
        // 決算期 is a time of year, not the accountant's job.
        assert_eq!(employers(&doc)[0].families, vec!["call-center"]);
    }

    #[test]
    fn families_and_industries_from_words() {
        let ids = |t: &str| families_of(t).iter().map(|f| f.id).collect::<Vec<_>>();
        assert_eq!(ids("営業事務"), vec!["sales-assistant"]);
        assert_eq!(ids("法人営業部 主任"), vec!["sales"]);
        // A factory title named after its machine is production, even with forklift duties.
        assert_eq!(
            ids("成形オペレーター（班長候補） 製品をフォークリフトで倉庫へ搬送")[0].to_string(),
            "production"
        );
        assert_eq!(ids("溶接・組立作業")[0].to_string(), "production");
        assert_eq!(
            ids("居宅介護支援事業所 ケアマネジャー"),
            vec!["care-manager"]
        );
        assert_eq!(
            industry_of("食品スーパーマーケットの運営").map(|i| i.id),
            Some("retail-food")
        );
        assert_eq!(
            industry_of("冷凍食品の製造").map(|i| i.id),
            Some("mfg-food")
        );
        assert_eq!(industry_of("Microsoft 365の運用").map(|i| i.id), None);
        assert!(adjacent("driver", "logistics"));
        assert!(!adjacent("driver", "accounting"));
    }

    /// Every post of a block counts (issue 21): an earlier post whose title names no job
    /// (「製造部 成形課（オペレーター）」) is read from its duties.
    #[test]
    fn an_earlier_post_in_the_same_company_is_read_from_its_duties() {
        let doc = Document::parse(
            "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n### 東西化成株式会社（2012年4月～現在）\n事業内容：家電用樹脂部品の製造・販売\n\n#### 2020年4月～現在　品質保証部 品質管理課（主任）\n- 工程内不良の集計と是正処置の確認\n\n#### 2012年4月～2020年3月　製造部 第一課（オペレーター）\n- 射出成形機6台の段取り替えと日常点検\n- QCサークルで不良削減に取り組んだ\n",
        );
        let e = employers(&doc);
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].roles.len(), 2, "{:?}", e[0].roles);
        assert_eq!(e[0].roles[0].families, vec!["quality"]);
        assert_eq!(e[0].roles[1].families, vec!["production"]);
        assert_eq!(e[0].roles[1].months, Some(96));
        assert_eq!(e[0].families, vec!["quality", "production"]);
        // The 事業内容 (製造・販売) names the company's business, not a post.
        assert!(!e[0].families.contains(&"retail-sales"));
        assert_eq!(e[0].industry, Some("mfg-parts"));
    }

    /// 「2018年からは副店長として」: a dated line opens a post that lasts until the next one.
    #[test]
    fn promotions_written_in_prose_are_posts_with_their_months() {
        let doc = Document::parse(
            "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n**株式会社ミナミ靴店**（2015年4月～2024年3月）\n事業内容：婦人靴の専門店の運営\n\n2015年4月から3年間は駅ビルの店舗で販売員として接客とレジを担当しました。\n2018年からは副店長として、アルバイトのシフト作成を任されました。\n2021年からは本店の店長として、売上予算の管理を担当しました。\n",
        );
        let e = employers(&doc);
        let roles: Vec<_> = e[0]
            .roles
            .iter()
            .map(|r| (r.kind, r.months, r.families.clone()))
            .collect();
        assert_eq!(
            roles,
            vec![
                (RoleKind::Move, Some(36), vec!["retail-sales"]),
                (RoleKind::Move, Some(36), vec!["store-management"]),
                (RoleKind::Move, Some(36), vec!["store-management"]),
            ]
        );
        assert_eq!(e[0].families, vec!["store-management", "retail-sales"]);
        assert_eq!(e[0].industry, Some("retail-specialty"));
    }

    #[test]
    fn company_names_systems_and_branches_name_no_job() {
        let ids = |t: &str| families_of(t).iter().map(|f| f.id).collect::<Vec<_>>();
        // A system for a job is a developer's work; a branch office is a place.
        assert!(
            ids("受発注システムの追加開発").is_empty(),
            "{:?}",
            ids("受発注システムの追加開発")
        );
        assert!(ids("配送管理システムの保守").is_empty());
        assert!(ids("名古屋営業所").is_empty());
        assert!(ids("倉庫スタッフ向けの画面").is_empty());
        assert!(ids("メニュー開発・調理").is_empty());
        // The company's name sells cars; the seeker's post is 営業.
        let doc = Document::parse(
            "## 職務経歴\n### 株式会社みなと自動車販売（2012年4月～2017年3月）\n事業内容：新車・中古車の販売\n配属：港北店　新車営業スタッフ\n- 来店客への新車の提案と納車までの手続き\n",
        );
        let e = employers(&doc);
        assert_eq!(e[0].families, vec!["sales"]);
        assert_eq!(e[0].industry, Some("auto-dealer"));
    }

    /// A department (営業部) says where the seeker sat; the duties say which job: an 営業事務 in
    /// 営業部, but not the 営業 an accountant of 経理課 works with.
    #[test]
    fn departments_with_the_duties_they_hold() {
        let fams = |src: &str| employers(&Document::parse(src))[0].families.clone();
        assert_eq!(
            fams(
                "## 職務経歴\n### 株式会社A商事（2015年4月～2020年3月）\n所属：営業部 営業二課\n- 受注入力と納期調整（月約300件）\n- 仕入先への発注と納期管理\n- 営業担当の資料作成\n"
            ),
            vec!["sales-assistant", "sales"]
        );
        assert_eq!(
            fams(
                "## 職務経歴\n### 株式会社B精機（2015年4月～2020年3月）\n所属：管理本部 経理課\n- 月次決算と仕訳入力\n- 営業担当の経費精算のチェック\n- 営業部への売上報告\n"
            ),
            vec!["accounting"]
        );
    }

    /// A project's 概要 names what was built and the departments asked names whom the seeker
    /// worked with: neither is the seeker's job. A 派遣先's parenthesis names its industry.
    #[test]
    fn projects_and_dispatch_posts() {
        let e = employers(&Document::parse(
            "職務経歴書\n2026年11月30日現在\n## 職務経歴\n### 株式会社D住設（2019年4月〜現在）\n事業内容：住宅設備機器の製造・販売\n所属：情報システム部\n\n◇プロジェクト：販売管理システムの更改\n【プロジェクト概要】受発注・販売管理システムをクラウドへ移行\n【期間】2023年4月〜2025年3月\n【役割】社内プロジェクトリーダー\n【担当業務】\n・要件定義の取りまとめ、ベンダー管理\n・営業・物流・経理部門へのヒアリング\n",
        ));
        assert_eq!(e[0].families, vec!["internal-it"]);
        assert_eq!(e[0].roles.len(), 1);
        assert!(e[0].roles[0].families.is_empty(), "{:?}", e[0].roles);
        assert_eq!(e[0].industry, Some("mfg-housing"));
        let e = employers(&Document::parse(
            "職務経歴書\n2026年11月30日現在\n## 職務経歴\n■株式会社E（派遣元）　2018年4月～現在\n\n▼派遣先：株式会社F物産（食品輸入商社）　2020年4月～2022年4月\n担当：輸入業務課の営業事務\n・輸入品の入荷予定の管理\n",
        ));
        assert_eq!(e[0].roles[0].industry, Some("trading"));
        assert_eq!(e[0].roles[0].families, vec!["sales-assistant"]);
    }

    #[test]
    fn kanji_dates_training_and_month_only_ends() {
        assert_eq!(
            kanji_dates("平成二十六年四月〜平成二十八年三月"),
            "平成26年4月〜平成28年3月"
        );
        assert_eq!(kanji_dates("二〇一六年四月〜現在"), "2016年4月〜現在");
        assert_eq!(period_months("2012年4月～6月", None), Some(3));
        let doc = Document::parse(
            "職務経歴書\n2026年11月30日現在\n## 職務経歴\n### 株式会社C設備（平成二十六年四月〜平成二十八年三月）\n研修期間：平成26年4月～6月\n職種：施工管理\n- 空調設備工事の工程管理\n",
        );
        let e = employers(&doc);
        assert_eq!(e[0].months, Some(24));
        assert!(
            e[0].roles.is_empty(),
            "training is no post: {:?}",
            e[0].roles
        );
    }

    #[test]
    fn a_title_names_its_job_last() {
        let id = |t: &str| title_family(t).map(|f| f.id);
        assert_eq!(
            id("物流センターの事務スタッフ（正社員）"),
            Some("general-affairs")
        );
        assert_eq!(
            id("店長候補（食品スーパー）／月給32万円～"),
            Some("store-management")
        );
        assert_eq!(
            id("【社内SE（情報システム担当）】住宅建材メーカー／リーダー候補"),
            Some("internal-it")
        );
        assert_eq!(id("ルート営業（倉庫・物流）"), Some("sales"));
        assert_eq!(id("経理事務（製造業）"), Some("accounting"));
        assert_eq!(
            id("受発注事務（食品専門商社・正社員）"),
            Some("sales-assistant")
        );
        assert_eq!(id("仕訳事務スタッフ"), Some("accounting"));
    }

    #[test]
    fn employer_blocks_with_months_family_and_industry() {
        let doc = Document::parse(
            "職務経歴書\n2026年11月30日現在\n\n## 職務経歴\n\n### 株式会社ヤマキストア（2012年4月～現在）\n事業内容：食品スーパーマーケットの運営\n\n#### 2019年4月～2022年3月　川原町店 店長\n- 売場づくりを担当。\n",
        );
        let e = employers(&doc);
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].line, 6);
        assert_eq!(e[0].industry, Some("retail-food"));
        assert_eq!(e[0].families, vec!["store-management"]);
        assert_eq!(e[0].months, Some(176));
        assert_eq!(e[0].roles.len(), 1);
        assert_eq!(e[0].roles[0].months, Some(36));
    }
}

#[cfg(test)]
mod words_that_name_no_job {
    use super::*;

    fn ids(text: &str) -> Vec<&'static str> {
        families_of(text).into_iter().map(|f| f.id).collect()
    }

    #[test]
    fn a_trade_ending_in_gyo_names_no_job() {
        // 個人事業主 holds the letters of 人事; 運送業 is a trade.
        assert!(!ids("顧客の個人事業主の申告書を整理").contains(&"hr"));
        assert!(ids("人事業務の引き継ぎ").contains(&"hr"));
    }

    #[test]
    fn figures_costs_and_inspections_name_no_other_job() {
        assert!(ids("全社の営業利益率が改善").is_empty());
        assert!(ids("月次決算を3営業日早めた").contains(&"accounting"));
        assert!(!ids("3営業日").contains(&"sales"));
        assert!(ids("材料費・労務費の配賦").is_empty());
        assert_eq!(ids("受入検査、出荷検査"), vec!["quality"]);
        assert_eq!(ids("工程FMEA・QC工程表の改訂"), vec!["quality"]);
    }

    #[test]
    fn bookkeeping_for_clients_is_accounting() {
        assert_eq!(ids("町の商店の記帳の代行"), vec!["accounting"]);
        assert_eq!(ids("毎月の試算表をまとめる"), vec!["accounting"]);
    }

    #[test]
    fn an_office_helper_is_not_the_job_but_a_site_apprentice_is() {
        assert!(!ids("派遣で経理補助を担当").contains(&"accounting"));
        assert!(ids("新築現場で施工管理補助として2年").contains(&"construction-management"));
    }

    #[test]
    fn the_people_hired_are_not_the_job() {
        assert!(!ids("開発エンジニアの採用を立て直した").contains(&"developer"));
        assert!(!ids("営業採用の面接を担当").contains(&"sales"));
    }

    #[test]
    fn press_lines_and_factory_leaders_are_production() {
        assert_eq!(
            title_family("製造リーダー（溶接組立課）").map(|f| f.id),
            Some("production")
        );
        assert_eq!(ids("プレスオペレーターとして3年"), vec!["production"]);
    }

    #[test]
    fn a_delivery_arranged_with_carriers_is_not_driving() {
        assert!(!ids("運送会社6社への配送の手配を担当").contains(&"driver"));
        assert!(!ids("配送の遅延や破損が起きた時の対応").contains(&"driver"));
        assert!(!ids("荷主からの配送依頼の受付").contains(&"driver"));
        assert!(ids("4t車でスーパーへのルート配送").contains(&"driver"));
        assert!(ids("配送を担当").contains(&"driver"));
    }

    #[test]
    fn colleagues_and_other_departments_in_duties_are_not_the_job() {
        let fams = |t: &str| {
            duty_spans(t)
                .into_iter()
                .map(|(_, f)| f.id)
                .collect::<Vec<_>>()
        };
        assert!(fams("営業担当者から届く見積の依頼を入力").is_empty());
        assert!(fams("出張の精算書を確認して経理課へ回付").is_empty());
        assert!(fams("営業担当と相談して注文書の書式を変えた").is_empty());
        // Colleagues counted by the head are whom the seeker works for or trains.
        assert_eq!(fams("営業担当8名の受注の入力"), vec!["sales-assistant"]);
        assert!(fams("新人の事務スタッフ3名の教育を担当").is_empty());
        assert!(fams("出発時刻を配車担当と決めた").is_empty());
        // 「…担当として」 is the seeker's own post.
        assert_eq!(fams("経理担当として月次の締めを担当"), vec!["accounting"]);
        // The seeker's own post is still read.
        assert_eq!(
            fams("経理課に配属され仕訳を入力"),
            vec!["accounting", "accounting"]
        );
    }
}

#[cfg(test)]
mod home_care_posts {
    use super::*;

    /// A サービス提供責任者 is a post of its own next to the care worker's, the care manager's and
    /// the counsellor's; a 訪問介護員 is a care worker.
    #[test]
    fn the_home_care_coordinator_neighbours_the_care_worker() {
        let ids = |t: &str| -> Vec<&'static str> { families_of(t).iter().map(|f| f.id).collect() };
        assert_eq!(
            ids("サービス提供責任者（訪問介護）"),
            vec!["care-coordinator"]
        );
        assert_eq!(ids("訪問介護員（ホームヘルパー）"), vec!["care-worker"]);
        assert!(adjacent("care-coordinator", "care-worker"));
        assert!(adjacent("care-manager", "care-coordinator"));
        let t = title_family("訪問介護員（常勤）／サービス提供責任者候補").map(|f| f.id);
        assert_eq!(t, Some("care-worker"));
    }
}

#[cfg(test)]
mod office_neighbours {
    use super::*;

    /// A clinic's 会計 and レセプト are no bookkeeping: 医療事務 neighbours the general office
    /// job, not the accountant's.
    #[test]
    fn the_medical_office_does_not_neighbour_accounting() {
        assert!(!adjacent("medical-office", "accounting"));
        assert!(adjacent("medical-office", "general-affairs"));
        assert!(adjacent("general-affairs", "accounting"));
    }
}

#[cfg(test)]
mod sporting_goods {
    use super::*;

    /// A sporting and outdoor goods chain is a retail trade of its own, not a fashion shop.
    #[test]
    fn sporting_goods_shops_are_their_own_trade() {
        let id = |t: &str| industry_of(t).map(|i| i.id);
        assert_eq!(
            id("店長候補（アウトドア・スポーツ用品専門店）"),
            Some("retail-sports")
        );
        assert_eq!(
            id("事業内容：スポーツ用品・アウトドア用品の専門店チェーン"),
            Some("retail-sports")
        );
        assert_eq!(
            id("事業内容：婦人服の専門店チェーン"),
            Some("retail-specialty")
        );
    }
}

#[cfg(test)]
mod business_before_heading {
    use super::*;

    /// The 事業内容 says the trade; a department in the heading (物流部) is where the seeker sat.
    #[test]
    fn the_business_line_names_the_trade_before_the_department() {
        let doc = Document::parse(
            "職務経歴書\n2026年12月1日現在\n\n## 職務経歴\n\n**株式会社みなみ食品**　物流部 物流管理課（2024年1月～現在）\n事業内容：調味料・レトルト食品の製造販売／従業員数：780名\n\n- 在庫管理システムへの入出庫の入力と棚卸の集計\n",
        );
        let e = employers(&doc);
        assert_eq!(e[0].industry, Some("mfg-food"));
        assert_eq!(e[0].families, vec!["logistics"]);
    }

    /// A service desk is a help desk by its ITIL name, before the 「IT」 of its subtitle; the
    /// repair of standing buildings (大規模修繕, 改修工事) is building work, although it names
    /// the 外壁 that cladding makers make.
    #[test]
    fn service_desks_and_building_repair() {
        assert_eq!(
            title_family("サービスデスクのリーダー候補（企業向けのITサポート）").map(|f| f.id),
            Some("internal-it")
        );
        assert_eq!(
            industry_of("分譲マンション・公共施設の大規模修繕工事、外壁・防水の改修工事")
                .map(|i| i.id),
            Some("construction-building")
        );
        assert_eq!(
            industry_of("住宅用の外壁材・サッシの製造").map(|i| i.id),
            Some("mfg-housing")
        );
    }

    /// A hotel's front desk is its own job: its 会計 is the guest's bill and its 受付 the
    /// arrival, neither accounting nor a clinic's desk; フロントエンド stays a developer's word.
    #[test]
    fn the_front_desk_is_its_own_job() {
        let doc = Document::parse(
            "職務経歴書\n2026年12月1日現在\n\n## 職務経歴\n\n■株式会社グランドホテル港南（2016年4月～2020年3月）\n事業内容：シティホテルの運営（客室数302室）\n2016年4月　入社　宿泊部 フロント課\n・フロントでの受付と会計、電話での予約の対応\n・予約の管理、チェックイン・アウトの対応、会計\n",
        );
        let e = employers(&doc);
        assert_eq!(e[0].families, vec!["front-desk"]);
        assert!(
            !families_of("フロントエンドエンジニア")
                .iter()
                .any(|f| f.id == "front-desk")
        );
    }

    /// A department the seeker hears from or works for (「人事からの連絡」「営業部のために」)
    /// is no job of the seeker's post.
    #[test]
    fn departments_heard_from_or_worked_for_are_not_the_job() {
        let doc = Document::parse(
            "職務経歴書\n2026年12月1日現在\n\n## 職務経歴\n\n### 株式会社トーワ精工（2020年4月～現在）\n事業内容：産業用ポンプの製造販売\n\n#### 全社のPCの入れ替え\n【期間】2023年9月～2024年8月\n【役割】リーダー（メンバー3名）\n- 退職者のアカウントの削除を、人事からの連絡を待って手作業で行っていたため、自動で止まる仕組みを作った\n- 在庫の照会に時間がかかっていた営業部のために、照会のツールを作った\n",
        );
        let e = employers(&doc);
        let families: Vec<&str> = e
            .iter()
            .flat_map(|e| {
                e.families
                    .iter()
                    .chain(e.roles.iter().flat_map(|r| r.families.iter()))
            })
            .copied()
            .collect();
        assert!(
            !families.contains(&"hr") && !families.contains(&"sales"),
            "{families:?}"
        );
    }

    /// A place the seeker phones (「倉庫へ電話で確認」) is not the seeker's job: an order desk
    /// that checks stock with the warehouse is an 営業事務, not a warehouse job.
    #[test]
    fn a_place_phoned_is_not_the_job() {
        let doc = Document::parse(
            "職務経歴書\n2026年12月1日現在\n\n## 職務経歴\n\n■株式会社ミナト住設（2010年4月～2016年3月）\n事業内容：住宅設備機器の卸売\n2010年4月　入社　営業部 業務課に配属\n・受注データの入力を行い、メーカーへの発注と納期の回答をする\n・在庫の問い合わせのたびに倉庫へ電話で確認していたため、在庫の一覧を毎朝更新する運用を始めた\n　→ 倉庫への確認の電話は1日5件ほどに減った\n",
        );
        let e = employers(&doc);
        assert_eq!(e[0].families, vec!["sales-assistant"]);
        assert_eq!(e[0].industry, Some("trading"));
    }

    /// 電機 makers (照明器具, 電子機器) are an industry of their own, apart from the parts makers.
    #[test]
    fn electric_equipment_makers() {
        assert_eq!(
            industry_of("店舗・施設向けLED照明器具の製造販売").map(|i| i.id),
            Some("mfg-electric")
        );
        assert_eq!(
            industry_of("自動車部品のプレス加工").map(|i| i.id),
            Some("mfg-parts")
        );
    }

    /// Household goods and interior shops are a trade apart from clothes and cosmetics shops;
    /// 服飾雑貨 and a cosmetics shop's 生活雑貨 stay with those.
    #[test]
    fn goods_shops_apart_from_clothes_and_cosmetics() {
        let id = |t| industry_of(t).map(|i| i.id);
        assert_eq!(
            id("インテリア・生活雑貨の専門店の運営"),
            Some("retail-goods")
        );
        assert_eq!(id("婦人服・服飾雑貨の企画・販売"), Some("retail-specialty"));
        assert_eq!(id("化粧品・生活雑貨の専門店"), Some("retail-specialty"));
        assert_eq!(id("眼鏡の専門店チェーン"), Some("retail-shop"));
    }

    /// Selling homes is 営業 (個人向けの不動産営業), not a shop floor's 販売; a builder's 賃貸
    /// マンション新築工事 stays a building site.
    #[test]
    fn selling_homes_is_sales() {
        let doc = Document::parse(
            "職務経歴書\n2026年12月1日現在\n\n## 職務経歴\n\n### 株式会社グランレジデンス（2021年4月～現在）\n概要：新築分譲マンションの企画・販売／従業員数：320名\n- 2021年4月 入社 販売部\n- モデルルームでの接客、資金計画の提案、契約と引き渡しの手続き\n",
        );
        let e = employers(&doc);
        assert_eq!(e[0].industry, Some("real-estate"));
        assert_eq!(e[0].families, vec!["sales"]);
        assert_eq!(
            industry_of("賃貸マンション新築工事（RC造10階建て）").map(|i| i.id),
            Some("construction-building")
        );
    }

    /// An order desk (営業業務グループ, named on the dated line it moved to) serves the sales reps
    /// its duties name (営業担当者8名の見積書, 商談の資料) and is 事務: it stays an 営業事務.
    #[test]
    fn an_order_desk_serving_sales_reps_stays_an_order_desk() {
        let doc = Document::parse(
            "職務経歴書\n2026年12月1日現在\n\n## 職務経歴\n\n■東和マテリアル株式会社（2016年4月～現在）\n　事業内容：工業用樹脂シートの製造販売\n　2016年4月　入社　営業部 営業業務グループ\n　・受注の処理、出荷の手配、納期の調整、請求書の発行\n　・営業担当者8名の見積書の作成と、商談の資料の準備\n　・案件ごとに営業と事務の担当を決める受付表を作った\n　・基幹システムの入れ替えに事務の代表として参加\n",
        );
        let e = employers(&doc);
        assert_eq!(e[0].families, vec!["sales-assistant"]);
    }

    /// A web application's development is named by its parts (アプリの開発, バックエンド) as often
    /// as by 「システム開発」; a product's or a menu's 開発 is no software.
    #[test]
    fn web_development_by_its_parts() {
        let dev = |t: &str| families_of(t).iter().any(|f| f.id == "developer");
        assert!(dev("自治体や中小企業向けのWebアプリの開発、テスト、保守"));
        assert!(dev(
            "予約の管理画面の高速化 バックエンドの担当（チーム4名）"
        ));
        assert!(!dev("季節の商品開発と売場の提案"));
    }

    /// A bare エンジニア after another job's word is an engineer of that job; an insurance shop's
    /// ライフプランナー sells.
    #[test]
    fn engineers_of_other_jobs_and_insurance_advisers() {
        let id = |t: &str| title_family(t).map(|f| f.id);
        assert_eq!(
            id("物流センターの設備保全エンジニア（自動倉庫・コンベヤ）"),
            Some("maintenance")
        );
        assert_eq!(id("バックエンドエンジニア"), Some("developer"));
        assert_eq!(id("エンジニア（受託開発）"), Some("developer"));
        assert_eq!(
            id("保険ショップのライフプランナー（来店型の保険相談）"),
            Some("sales")
        );
    }
}
