//! Reference pass-rate bands per selection stage (中途採用), from shared/REFERENCE.md §1.
//! Sources disagree, so each stage has a band (`low`–`high`) around a typical rate, not one number.

use super::Stage;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    pub stage: Stage,
    pub low: f64,
    pub typical: f64,
    pub high: f64,
    /// Where the figures come from.
    pub source: &'static str,
}

/// One band per decided stage, in funnel order.
pub const BANDS: [Band; 4] = [
    Band {
        stage: Stage::Document,
        low: 0.10,
        typical: 0.30,
        high: 0.50,
        source: "書類選考: 一般に約30%、10〜50%（大手は10%未満）。doda 24.3%、リクナビNEXT調査 45.3%",
    },
    Band {
        stage: Stage::First,
        low: 0.20,
        typical: 0.30,
        high: 0.40,
        source: "一次面接: 一般に約30%、20〜40%（doda の旧データ 25.2%）",
    },
    Band {
        stage: Stage::Second,
        low: 0.30,
        typical: 0.40,
        high: 0.70,
        source: "二次面接: 一般に約40%、30〜70%",
    },
    Band {
        stage: Stage::Final,
        low: 0.20,
        typical: 0.50,
        high: 0.80,
        source: "最終面接: 一般に約50%、20〜80%（形式的な最終面接なら約80%）",
    },
];

/// The band of a decided stage; `None` for `offer`.
pub fn band(stage: Stage) -> Option<&'static Band> {
    BANDS.iter().find(|b| b.stage == stage)
}

/// Average annual pay in Japan, 万円: 国税庁「令和5年分 民間給与実態統計調査」 460万円. An
/// 未経験 (career-change) application offering more than this is a high target: changes into a new
/// job usually start lower (REFERENCE.md §4: pay falls for about a third of job changers).
pub const HIGH_SALARY_FOR_NEW_JOB_MAN_YEN: i64 = 460;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bands_are_ordered_and_cover_every_decided_stage() {
        for b in BANDS {
            assert!(0.0 < b.low && b.low < b.typical && b.typical < b.high && b.high < 1.0);
            assert!(!b.source.is_empty());
        }
        assert!(band(Stage::Offer).is_none());
        assert_eq!(band(Stage::Second).map(|b| b.typical), Some(0.40));
    }
}
