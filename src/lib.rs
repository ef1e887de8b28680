//! The CRM strategy workbook app: the browser edge (storage, download, canvas) and
//! the Leptos UI over the `workbook` domain crate.

pub mod app;
pub mod autosave;
pub mod backups;
pub mod clock;
pub mod components;
pub mod customer_rows;
pub mod download;
// `messages!` (the translation tables) is used by the worksheets' strings too.
#[macro_use]
pub mod i18n;
pub mod idb;
pub mod library;
pub mod locks;
pub mod offline;
pub mod pages;
pub mod persist;
pub mod present;
pub mod routing;
pub mod state;
pub mod storage;
pub mod undo;
pub mod worksheets;
