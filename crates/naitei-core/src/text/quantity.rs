//! Quantities (being built).
