//! Strings of offline use: what this browser keeps of the app (`crate::offline`).

use workbook::Lang;

use super::{pick, Text};
use crate::offline::Offline;

impl Text for Offline {
    fn text(self, lang: Lang) -> &'static str {
        match self {
            Offline::Pending => pick(
                lang,
                "Offline use: the app is being kept in this browser…",
                "离线使用：正在把应用保存到本浏览器……",
            ),
            Offline::Ready => pick(
                lang,
                "Offline use: this version of the app is kept in this browser, so it opens without a network.",
                "离线使用：本浏览器已保存此版本的应用，没有网络也能打开。",
            ),
            Offline::UpdateWaiting => pick(
                lang,
                "Offline use: a newer version has been downloaded. It opens once every tab of the workbook has been closed.",
                "离线使用：新版本已下载。关闭本应用的所有标签页后再打开，即可使用新版本。",
            ),
            Offline::Unavailable => pick(
                lang,
                "Offline use: this browser does not keep the app, so opening it needs the network.",
                "离线使用：本浏览器未保存本应用，打开时需要网络。",
            ),
        }
    }
}
