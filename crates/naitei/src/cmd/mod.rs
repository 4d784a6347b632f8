pub mod compare;
pub mod diagnose;
pub mod eval;
pub mod offer;
pub mod plan;
pub mod review;
pub mod rules;
pub mod track;
