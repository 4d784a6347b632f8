//! Synonym groups of the common business vocabulary of Japanese job postings and résumés.
//!
//! A posting and a résumé name the same experience with other words (業務改善 / 効率化,
//! 顧客対応 / 問い合わせ対応, Excel / エクセル). Each group lists words a recruiter reading the
//! résumé against the posting would accept as evidence of the same thing; the first word is the
//! name shown to the user. Written for naitei from the task names of the occupation descriptions
//! in 厚生労働省 職業情報提供サイト（job tag）and the vocabulary of ハローワーク求人票 and agents'
//! postings for 事務, 経理, 営業, IT, 物流, 介護, 販売, 製造. Words are matched as substrings of the
//! width-folded, lower-cased text, so a group's words should be specific enough not to occur
//! inside unrelated words. Groups stay narrow on purpose: a group as broad as 「改善」 would make
//! every achievement evidence for every requirement.
pub const GROUPS: &[(&str, &[&str])] = &[
    // 事務・業務改善
    (
        "業務改善",
        &[
            "業務改善",
            "効率化",
            "改善",
            "省力化",
            "生産性",
            "自動化",
            "短縮",
            "見直",
            "仕組み",
            "標準化",
        ],
    ),
    // Turning round a business that lost money: a posting asks for 「不振店の立て直し」「不採算
    // 部門の再建」, a résumé tells it by the loss it ended (「3年続けて赤字」「営業利益を黒字化」).
    (
        "業績の立て直し",
        &[
            "立て直",
            "不振店",
            "業績不振",
            "不採算",
            "赤字",
            "黒字化",
            "黒字転換",
            "黒字に",
            "v字回復",
            "業績回復",
            "再建",
        ],
    ),
    // Public works: a site ordered by the state or a municipality is named by its owner (市立
    // 小学校, 県道, 庁舎) more often than as 「公共工事」.
    (
        "公共工事",
        &[
            "公共工事",
            "公共土木",
            "公共建築",
            "官公庁",
            "市立",
            "県立",
            "都立",
            "区立",
            "町立",
            "庁舎",
            "市役所",
            "役場",
            "市道",
            "県道",
            "国道",
            "自治体",
        ],
    ),
    // Work done by hand, which an improvement replaces (「手作業の業務をツールで減らした経験」):
    // keyed in, written, checked by eye.
    (
        "手作業",
        &[
            "手作業",
            "手入力",
            "手書き",
            "手集計",
            "手で作",
            "手で入",
            "手で集",
            "手で確認",
            "目視",
            "目で見",
            "転記",
        ],
    ),
    // Paper work moved onto a system: 「紙の手続きを電子化した経験」 is shown by a change to a
    // groupware, a tablet, an app or a system that takes in the data.
    (
        "電子化",
        &[
            "電子化",
            "システム化",
            "デジタル化",
            "ペーパーレス",
            "it化",
            "オンライン化",
            "グループウェア",
            "タブレット",
            "システムに取り込",
            "クラウド型",
            "電子申請",
            "データ化",
        ],
    ),
    (
        "マニュアル",
        &["マニュアル", "手順書", "手引き", "作業手順", "業務手順"],
    ),
    (
        "顧客対応",
        &[
            "顧客対応",
            "問い合わせ",
            "問合せ",
            "お問い合わせ",
            "電話対応",
            "窓口",
            "クレーム",
            "カスタマーサポート",
            "来客対応",
            "取引先対応",
            "顧客からの",
            "荷主",
        ],
    ),
    (
        "データ入力",
        &[
            "データ入力",
            "入力業務",
            "入力作業",
            "受注入力",
            "打ち込み",
            "入力",
        ],
    ),
    ("受発注", &["受発注", "受注", "発注", "注文", "オーダー"]),
    (
        "請求・入金",
        &[
            "請求",
            "入金",
            "売掛金",
            "債権",
            "支払",
            "買掛金",
            "出納",
            "振込",
        ],
    ),
    (
        "経理",
        &[
            "経理",
            "会計",
            "仕訳",
            "伝票",
            "税務",
            "財務",
            "記帳",
            "弥生",
            "勘定奉行",
            "freee",
        ],
    ),
    // A 簿記 certificate is not 決算 experience: 決算 is a group of its own, 簿記 in none.
    ("決算", &["決算", "締め"]),
    (
        "資料作成",
        &[
            "資料作成",
            "資料",
            "書類作成",
            "報告書",
            "提案書",
            "議事録",
            "文書",
            "パワーポイント",
            "powerpoint",
        ],
    ),
    (
        "Excel",
        &[
            "excel",
            "エクセル",
            "vlookup",
            "ピボット",
            "関数",
            "マクロ",
            "vba",
            "スプレッドシート",
        ],
    ),
    ("Word", &["word", "ワード"]),
    (
        "スケジュール調整",
        &["スケジュール", "日程調整", "アポイント", "予定調整"],
    ),
    ("調整・折衝", &["調整", "折衝", "交渉", "連携", "連絡"]),
    // 営業・販売
    (
        "営業",
        &[
            "営業",
            "新規開拓",
            "顧客開拓",
            "提案",
            "商談",
            "受注獲得",
            "契約獲得",
            "成約",
        ],
    ),
    (
        "売上",
        &[
            "売上",
            "売り上げ",
            "目標達成",
            "予算達成",
            "達成率",
            "前年比",
            "販売実績",
            "粗利",
        ],
    ),
    (
        "接客・販売",
        &[
            "接客",
            "販売",
            "店頭",
            "売場",
            "売り場",
            "レジ",
            "来店",
            "店舗",
        ],
    ),
    (
        "顧客関係",
        &[
            "既存顧客",
            "取引先",
            "ルート営業",
            "顧客",
            "リピート",
            "関係構築",
        ],
    ),
    // マネジメント・育成
    (
        "マネジメント",
        &[
            "マネジメント",
            "管理職",
            "リーダー",
            "部下",
            "チームをまとめ",
            "店長",
            "主任",
            "係長",
            "課長",
            "責任者",
            "統括",
            "メンバー",
            "シフト",
            "人員",
            "スタッフの管理",
            "スタッフ管理",
        ],
    ),
    (
        "育成・指導",
        &[
            "育成",
            "指導",
            "教育",
            "ojt",
            "新人",
            "後輩",
            // 「新しく入った事務スタッフへの業務の説明」「若手メンバーの育成」: the newcomers one teaches.
            "新しく入",
            "新入社員",
            "若手",
            "トレーナー",
            "教え",
        ],
    ),
    // 物流・製造
    (
        "在庫管理",
        &["在庫", "棚卸", "入出庫", "入庫", "出庫", "欠品"],
    ),
    (
        "物流作業",
        &[
            "出荷",
            "入荷",
            "ピッキング",
            "検品",
            "梱包",
            "仕分",
            "配送",
            "倉庫",
            "荷役",
            "物流",
        ],
    ),
    (
        "運転免許",
        &[
            "普通自動車",
            "運転免許",
            "普通免許",
            "中型免許",
            "大型免許",
            "準中型",
        ],
    ),
    (
        "品質管理",
        &["品質", "不良", "検査", "誤出荷", "ミス", "正確"],
    ),
    (
        "安全衛生",
        &[
            "安全",
            "事故",
            "ヒヤリハット",
            "労災",
            "5s",
            "整理整頓",
            "衛生",
        ],
    ),
    // 介護・医療
    (
        "介護",
        &[
            "介護",
            "介助",
            "身体介護",
            "生活援助",
            "生活支援",
            "ケア",
            "入浴",
            "排泄",
            "食事介助",
            "利用者",
            "入居者",
        ],
    ),
    (
        "介護資格",
        &[
            "介護福祉士",
            "初任者研修",
            "実務者研修",
            "ヘルパー",
            "ケアマネ",
            "介護支援専門員",
        ],
    ),
    ("記録", &["記録", "日報", "ケアプラン", "申し送り", "報告"]),
    // IT
    (
        "クラウド",
        &["aws", "クラウド", "gcp", "azure", "ec2", "s3", "lambda"],
    ),
    (
        "インフラ",
        &[
            "インフラ",
            "サーバー",
            "サーバ",
            "ネットワーク",
            "linux",
            "windows server",
        ],
    ),
    (
        "開発",
        &[
            "開発",
            "実装",
            "プログラミング",
            "コーディング",
            "java",
            "python",
            "php",
            "javascript",
            "typescript",
            "ruby",
            "go言語",
            "c#",
        ],
    ),
    (
        "設計",
        // 上流工程 is the requirements and design phases (要件定義・基本設計).
        &[
            "要件定義",
            "設計",
            "基本設計",
            "詳細設計",
            "仕様",
            "上流工程",
        ],
    ),
    ("テスト", &["テスト", "試験", "品質保証", "qa"]),
    (
        "データベース",
        &["sql", "データベース", "mysql", "postgresql", "oracle", "db"],
    ),
    (
        "ヘルプデスク",
        &[
            "ヘルプデスク",
            "社内se",
            "キッティング",
            "pc設定",
            "アカウント管理",
            "社内からの問い合わせ",
            "情報システム",
        ],
    ),
    (
        "基幹システム",
        &[
            "sap",
            "erp",
            "基幹システム",
            "基幹",
            "受発注システム",
            "販売管理システム",
        ],
    ),
    (
        "プロジェクト管理",
        &[
            "プロジェクト",
            "pm",
            "pmo",
            "進捗管理",
            "進行管理",
            "ディレクション",
        ],
    ),
    // 語学・人事
    (
        "英語",
        &[
            "英語",
            "toeic",
            "英会話",
            "英文",
            "海外",
            "外国人",
            "ビジネス英語",
        ],
    ),
    (
        "採用",
        &[
            "採用",
            "面接",
            "求人",
            "人事",
            "労務",
            "勤怠",
            "給与計算",
            "社会保険",
        ],
    ),
    (
        "企画・分析",
        &[
            "分析",
            "集計",
            "企画",
            "マーケティング",
            "データ活用",
            "数値管理",
        ],
    ),
];

/// Duty concepts: one duty that a posting and a résumé of the same job family name in other
/// words (小口現金 / 現金出納帳, 配車 / 運行計画, ベンダーコントロール / ベンダーとの調整). Unlike
/// the topic groups above, every word of a group names the duty itself, so a line that mentions
/// the duty in other words is evidence of it, as a shared compound would be. Written from the
/// duties of each family's postings and résumés in general (job tag task lists, ハローワーク
/// 求人票 仕事の内容), not from single pairs; keep each group to words that name that one duty.
pub const DUTIES: &[(&str, &[&str])] = &[
    // 倉庫・店舗・経理: counting the stock (棚卸し, 棚卸, たな卸し — the same work written with or
    // without its okurigana, which the analyser splits differently).
    ("棚卸", &["棚卸", "たな卸", "棚おろし"]),
    // 店舗: the loss of a shop's stock is its waste and its markdowns (廃棄, 値引き).
    (
        "ロス管理",
        &[
            "在庫ロス",
            "廃棄ロス",
            "ロス率",
            "ロス額",
            "ロスの",
            "ロス・",
            "値引き",
            "値下げ",
        ],
    ),
    // 店舗: a store manager reports the shop's figures to head office (本部, エリアマネージャー).
    (
        "本部への報告",
        &[
            "本部への報告",
            "本部への日次報告",
            "本部への週次報告",
            "本部への月次報告",
            "本部に報告",
            "損益報告",
            "店長会議",
            "エリアマネージャーへの報告",
        ],
    ),
    // 店舗・センター・介護: planning who works when (シフト管理) is done by making the shift table.
    (
        "シフト作成",
        &[
            "シフト作成",
            "シフト管理",
            "シフトの作成",
            "シフト表",
            "シフト調整",
            "勤務表",
        ],
    ),
    // 経理: petty cash is kept in a 出納帳 and checked against the day's 日計表.
    (
        "小口現金",
        &[
            "小口現金",
            "現金出納",
            "出納帳",
            "日計表",
            "現金管理",
            "仮払",
        ],
    ),
    // 経理: paying suppliers (買掛金) is prepared as a payment schedule and payment slips.
    (
        "支払業務",
        &[
            "支払準備",
            "支払予定",
            "支払伝票",
            "支払処理",
            "振込処理",
            "買掛金",
        ],
    ),
    // 経理・事務: writing down how the work is done.
    (
        "手順書作成",
        &[
            "手順書",
            "マニュアル",
            "手順をまとめ",
            "業務フロー",
            "作業手順",
            "手引き",
        ],
    ),
    // 経理: clearing receivables is what 入金確認 and 売掛金の回収 name.
    // 回収 alone is also the papers collected (入社書類の回収): the money's collection only.
    (
        "入金消込",
        &[
            "消込",
            "入金確認",
            "入金管理",
            "代金の回収",
            "売掛金の回収",
            "未収金の回収",
            "債権の回収",
        ],
    ),
    // 物流: the driver's pre-trip routine (点呼, alcohol check, vehicle inspection).
    (
        "運行前点検",
        &[
            "点呼",
            "アルコールチェック",
            "車両点検",
            "運行前点検",
            "日常点検",
        ],
    ),
    // 物流: loading and unloading goods.
    (
        "荷役",
        &[
            "積込",
            "積み込",
            "荷積み",
            "荷降ろし",
            "荷下ろし",
            "積み下ろし",
            "搬入",
            "搬出",
        ],
    ),
    // 物流・製造・販売: who works where and on what.
    (
        "人員配置",
        &[
            "配置計画",
            "人員配置",
            "作業割り当て",
            "作業割当",
            "作業の割り振り",
            "人員計画",
        ],
    ),
    // 物流: dispatching is planning the runs.
    (
        "配車",
        &["配車", "運行計画", "配送計画", "運行管理", "ルート組"],
    ),
    // 総務・事務: the office's supplies.
    (
        "備品管理",
        &["備品", "消耗品", "事務用品", "防災用品", "文房具"],
    ),
    // 物流: the day's goods in and out of a warehouse.
    (
        "入出荷管理",
        &[
            "入出荷",
            "入出庫",
            "出荷計画",
            "入荷計画",
            "入荷予定",
            "出荷指示",
            "物量",
        ],
    ),
    // 事務: reception of visitors.
    // 受付 alone is also an order or an application taken (注文の受付, 応募受付): the front desk
    // only.
    (
        "来客対応",
        &[
            "来客",
            "来訪",
            "受付業務",
            "受付対応",
            "受付窓口",
            "窓口受付",
        ],
    ),
    // 物流・製造: driving a forklift is one duty whatever it carries (材料の運搬, 棚への格納, 積み
    // 込み), named by the machine and its kinds. (A shop's カウンター is no forklift: the kinds are
    // named in full.)
    (
        "フォークリフト",
        &[
            "フォークリフト",
            "リーチリフト",
            "リーチ式",
            "リーチフォーク",
            "カウンターリフト",
            "カウンター式",
            "カウンターフォーク",
        ],
    ),
    // 事務・営業事務・コールセンター: answering the telephone, named by the calls taken (受電),
    // passed on (取り次ぎ) or by the channel beside the visitor's desk (電話・来客の対応).
    // 「電話で確認した」 is a call made for another task, not this duty.
    (
        "電話応対",
        &[
            "電話応対",
            "電話の応対",
            "電話対応",
            "電話の対応",
            "電話の一次対応",
            "電話の取り次ぎ",
            "電話の取次",
            "電話取次",
            "受電",
            "電話と来客",
            "来客と電話",
            "電話・来客",
            "来客・電話",
            "電話・メール",
            "電話やメール",
            "電話のお問い合わせ",
            "電話の問い合わせ",
            "電話でのお問い合わせ",
            "電話での問い合わせ",
        ],
    ),
    // 製造: inspecting the product by its kinds (a warehouse's or a driver's 検品 counts the
    // goods, it does not inspect them).
    (
        "検査作業",
        &[
            "外観検査",
            "寸法検査",
            "抜き取り検査",
            "出荷検査",
            "受入検査",
            "目視検査",
            "初回品検査",
            "初物検査",
            "工程内検査",
            "全数検査",
        ],
    ),
    // 施工管理: the schedule of a site and the trades that carry it out.
    (
        "工程管理",
        &["工程管理", "工程表", "工程調整", "工程会議", "段取り"],
    ),
    ("協力会社", &["協力会社", "協力業者", "下請", "専門工事"]),
    // 施工管理: the inspections before handing a building over (not the handover itself: every
    // reform salesperson and 不動産 agent hands over).
    (
        "竣工検査",
        &[
            "社内検査",
            "施主検査",
            "官庁検査",
            "竣工検査",
            "完了検査",
            "消防検査",
        ],
    ),
    // 製造: quality audits by customers and of the processes (an accounting audit is another duty).
    (
        "品質監査",
        &[
            "顧客監査",
            "工程監査",
            "工場監査",
            "取引先監査",
            "品質監査",
            "iso 9001",
            "iso9001",
        ],
    ),
    // IT: managing the vendors of a system.
    ("ベンダー管理", &["ベンダー", "委託先", "外注管理", "協業"]),
    // IT: replacing a system.
    (
        "システム移行",
        &[
            "移行",
            "更改",
            "リプレース",
            "再構築",
            "刷新",
            "システム導入",
        ],
    ),
    // 営業（人材）・人事: what a hiring company asks for, agreed before recruiting.
    (
        "求人要件",
        &[
            "採用計画",
            "採用要件",
            "求人内容",
            "求人票",
            "募集要項",
            "求人要件",
        ],
    ),
    // 販売: area management of shops.
    (
        "店舗巡回",
        &["巡回", "臨店", "スーパーバイザー", "エリアマネージャー"],
    ),
    // 製造・品質: bringing defects down, named by the defect rate or the count reduced.
    (
        "不良低減",
        &[
            "不良低減",
            "不良削減",
            "不良の低減",
            "不良の削減",
            "不良率",
            "不良を減ら",
            "不良件数",
            "不良対策",
        ],
    ),
    // 製造・品質: answering a defect with its cause and the fix (8D, 是正処置, 再発防止).
    (
        "是正処置",
        &[
            "是正処置",
            "是正報告",
            "是正措置",
            "8d",
            "再発防止策",
            "対策書",
            "なぜなぜ分析",
        ],
    ),
    // 製造: changing a line over to the next product.
    (
        "段取り替え",
        &[
            "段取り替え",
            "段取替え",
            "段取り時間",
            "金型交換",
            "外段取り",
            "品種切替",
        ],
    ),
    // 製造（食品）: hygiene of the plant and its records.
    (
        "衛生管理",
        &[
            "衛生管理",
            "衛生点検",
            "衛生教育",
            "haccp",
            "一般衛生管理",
            "手洗い",
        ],
    ),
    // 製造: keeping foreign matter out of the product and answering when it got in.
    ("異物対策", &["異物混入", "異物の混入", "異物対策", "毛髪"]),
    // IT: preparing PCs for users.
    (
        "キッティング",
        &[
            "キッティング",
            "pcの準備",
            "pcのセットアップ",
            "端末の設定",
            "autopilot",
            "intune",
        ],
    ),
    // IT: answering staff's questions about their PCs and systems.
    (
        "ヘルプデスク対応",
        &[
            "ヘルプデスク",
            "社内問い合わせ",
            "社内からの問い合わせ",
            "社員からの問い合わせ",
            "it問い合わせ",
            "faq",
        ],
    ),
    // IT: keeping servers and networks running.
    (
        "障害対応",
        &[
            "障害対応",
            "障害一次対応",
            "インシデント対応",
            "監視",
            "パッチ適用",
        ],
    ),
    // IT: doing by script what was done by hand.
    (
        "運用自動化",
        &[
            "スクリプト",
            "powershell",
            "シェルスクリプト",
            "バッチ化",
            "ジョブ化",
            "jenkins",
            "自動化",
        ],
    ),
    // IT: the security of the company's systems and people.
    (
        "セキュリティ対策",
        &[
            "セキュリティ対策",
            "情報セキュリティ",
            "標的型メール",
            "脆弱性",
            "ウイルス対策",
            "セキュリティ規程",
        ],
    ),
    // 販売（食品）: the fresh-food departments of a supermarket, which a posting names together
    // (生鮮) and a résumé one by one (青果部門, 鮮魚, 精肉).
    ("生鮮", &["生鮮", "青果", "鮮魚", "精肉"]),
    // 販売: how the floor looks and sells.
    (
        "売場づくり",
        &[
            "売場づくり",
            "売場作り",
            "売り場づくり",
            "vmd",
            "陳列",
            "ディスプレイ",
            "棚割",
        ],
    ),
    // 販売: promotions.
    (
        "販促",
        &["販促", "販売促進", "pop", "チラシ", "キャンペーン"],
    ),
    // 営業・販売: standing out among colleagues — an award (表彰, 社長賞, MVP, 入賞) or a place
    // in a ranking (支社で3位, 営業部30名中1位). A posting asks for 「社内表彰や順位に入った実績」.
    (
        "表彰・順位",
        &[
            "表彰",
            "社長賞",
            "mvp",
            "入賞",
            "受賞",
            "中1位",
            "中2位",
            "中3位",
            "で1位",
            "で2位",
            "で3位",
            "内1位",
            "内2位",
            "内3位",
        ],
    ),
    // 販売・営業・介護: an event run for customers or users — a seminar, a consultation day, a
    // class (マネーセミナー, 見学会, スマホ教室, 保障の点検の会).
    (
        "イベントの企画",
        &[
            "セミナー",
            "相談会",
            // (not 勉強会: a study group is as often attended as run)
            "見学会",
            "説明会",
            "教室",
            "イベント",
            "の会を開",
        ],
    ),
    // 介護: the activities of the day and the year (レクリエーション, 季節の行事, 夏祭り).
    (
        "レクリエーション",
        &["レクリエーション", "季節の行事", "季節行事", "夏祭り"],
    ),
    // 店舗・人事・介護: keeping the staff (定着率) is told by the leaving it ended (離職, 辞める).
    ("定着", &["定着", "離職", "早期の退職", "辞めて", "辞める"]),
    // 営業事務: answering customers and sales staff on the stock (在庫の照会 is 在庫の問い合わせ).
    (
        "在庫の照会",
        &[
            "在庫の照会",
            "在庫照会",
            "在庫の問い合わせ",
            "在庫の問合せ",
            "在庫状況の問い合わせ",
        ],
    ),
    // 営業事務・購買: the delivery date confirmed with the supplier and answered to the customer.
    (
        "納期回答",
        &[
            "納期の回答",
            "納期回答",
            "納期の確認",
            "納期確認",
            "納期の調整",
            "納期調整",
            "納期の問い合わせ",
        ],
    ),
    // 介護: end-of-life care.
    ("看取り", &["看取り", "ターミナルケア", "終末期"]),
    // 営業（住宅・リフォーム）: seeing the house before proposing.
    ("現地調査", &["現地調査", "現調", "採寸"]),
    // 営業: finding new customers.
    (
        "新規開拓",
        &[
            "新規開拓",
            "テレアポ",
            "飛び込み営業",
            "新規顧客の獲得",
            "新規獲得",
        ],
    ),
    // 施工管理: the site's money.
    (
        "原価管理",
        &["原価管理", "実行予算", "原価集計", "予算管理", "コスト管理"],
    ),
    // 施工管理: the site's safety routine.
    (
        "安全管理",
        &[
            "安全管理",
            "安全パトロール",
            "ky活動",
            "危険予知",
            "安全書類",
            "朝礼",
        ],
    ),
    // 販売・サービス: what customers tell the shop (ご意見, お客様の声, 苦情) and its handling.
    (
        "お客様の声",
        &["ご意見", "お客様の声", "お客様からの声", "苦情", "ご要望"],
    ),
    // 販売・介護・人事: one-to-one talks with a member of staff.
    ("面談", &["面談", "1on1", "個人面談"]),
    // 介護: the care record, on paper, a tablet or care software, named by what it records
    // (ケアの記録, 利用者の記録, サービス提供記録).
    (
        "介護記録",
        &[
            "介護記録",
            "訪問記録",
            "ケース記録",
            "介護ソフト",
            "タブレット",
            "ケア記録",
            "ケアの記録",
            "利用者の記録",
            "提供記録",
        ],
    ),
];

#[cfg(test)]
mod tests {
    use super::{DUTIES, GROUPS};

    #[test]
    fn words_are_lower_case_and_unique_per_group() {
        for (head, words) in GROUPS.iter().chain(DUTIES) {
            assert!(!words.is_empty(), "{head}");
            for w in *words {
                assert_eq!(*w, w.to_lowercase(), "{head}: {w} must be lower case");
                assert_eq!(words.iter().filter(|x| *x == w).count(), 1, "{head}: {w}");
            }
        }
        let heads: Vec<_> = GROUPS.iter().chain(DUTIES).map(|g| g.0).collect();
        let mut sorted = heads.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), heads.len());
    }
}
