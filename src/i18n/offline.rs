//! Strings of offline use: what this browser keeps of the app (`crate::offline`).

use crate::offline::Offline;

messages! {
    /// The library's line on offline use, one per [`Offline`] state.
    pub enum OfflineMsg {
        Pending => (
            "Offline use: the app is being kept in this browser…",
            "离线使用：正在把应用保存到本浏览器…",
        ),
        Ready => (
            "Offline use: this version of the app is kept in this browser, so it opens without a network.",
            "离线使用：本浏览器已保存此版本的应用，没有网络也能打开。",
        ),
        UpdateWaiting => (
            "Offline use: a newer version has been downloaded. It opens once every tab of the workbook has been closed.",
            "离线使用：新版本已下载。关闭本应用的所有标签页后再打开，即可使用新版本。",
        ),
        Unavailable => (
            "Offline use: this browser does not keep the app, so opening it needs the network.",
            "离线使用：本浏览器未保存本应用，打开时需要网络。",
        ),
    }
}

impl From<Offline> for OfflineMsg {
    fn from(status: Offline) -> Self {
        match status {
            Offline::Pending => OfflineMsg::Pending,
            Offline::Ready => OfflineMsg::Ready,
            Offline::UpdateWaiting => OfflineMsg::UpdateWaiting,
            Offline::Unavailable => OfflineMsg::Unavailable,
        }
    }
}
