//! 二次面接 preparation (`naitei prep`, SPEC.md capability 7): parse a job posting, match each
//! requirement to the résumé's evidence, and assemble the preparation sheet.

pub mod career;
pub mod licences;
pub mod matching;
pub mod posting;
pub mod relation;
pub mod sheet;
pub mod synonyms;

pub use matching::{Match, RequirementMatch, Strength};
pub use posting::{Posting, PostingItem, RequirementKind};
pub use relation::Move;
pub use sheet::{LoggedAnswer, Sheet, prepare, prepare_cancellable, prepare_with};
