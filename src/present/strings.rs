//! Strings of present mode: the bar's controls, the timer and the keys.

messages! {
    pub enum PresentMsg {
        Present => ("Present", "演示"),
        PresentHint => (
            "Present this worksheet full screen for the room (P or Shift+F5; Esc leaves). Arrow keys and PageUp/PageDown move between worksheets.",
            "全屏演示本工作表（按 P 或 Shift+F5；按 Esc 退出）。方向键和 PageUp/PageDown 在工作表之间切换。",
        ),
        Bar => ("Presenting", "演示中"),
        Leave => ("Leave present mode (Esc)", "退出演示（Esc）"),
        Previous => ("Previous worksheet", "上一个工作表"),
        Next => ("Next worksheet", "下一个工作表"),
        Timer => ("Exercise timer", "练习计时"),
        Minutes => ("Minutes", "分钟"),
        Start => ("Start", "开始"),
        Resume => ("Resume", "继续"),
        Pause => ("Pause", "暂停"),
        Reset => ("Reset", "重置"),
        TimeUp => ("Time is up", "时间到"),
        Remaining => ("Time left", "剩余时间"),
        MinutesError => (
            "Enter whole minutes from 1 to 240.",
            "请输入 1 到 240 之间的整数分钟。",
        ),
    }
}
