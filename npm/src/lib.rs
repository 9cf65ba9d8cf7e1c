//! WebAssembly bindings of [`pinwarden`] for the npm package `pinwarden` (SPEC §8).
//!
//! Not built yet: the bindings arrive with the npm package issue. This crate exists so
//! that the workspace has its final shape; it exports nothing.
