//! The demo site served by `cargo xtask demo`.
//!
//! Not built yet: the site arrives with the demo issue. This crate exists so that the
//! workspace has its final shape; it exports nothing.
