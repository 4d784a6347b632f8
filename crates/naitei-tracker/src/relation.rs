//! The move a posting is for the seeker (同職種同業界 / 同職種異業界 / 周辺職種 / 未経験), proposed
//! when an application is added with its 求人票 and the seeker has a résumé (CLI and web).

use naitei_core::funnel::Relation;
use naitei_core::prep::Move;

/// The relation judged from the posting's text and the résumé's text, with the judgement (its
/// label and reason). CPU-bound: the web runs it on its blocking pool.
pub fn propose(posting: &str, resume: &str) -> Option<(Relation, Move)> {
    if posting.trim().is_empty() || resume.trim().is_empty() {
        return None;
    }
    let m = naitei_core::prep::relation::judge(
        &naitei_core::prep::posting::parse(posting),
        &naitei_core::document::Document::parse(resume),
    );
    let relation = m.relation.id().parse::<Relation>().ok()?;
    Some((relation, m))
}
