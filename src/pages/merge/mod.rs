//! The team merge page: load several teams' exports of this workbook, see per scored
//! item every team's score with mean, median, spread and a flag, see what did not
//! match, and adopt values into the workbook (one item or all means), with undo.
//!
//! The loaded teams and the undo history live as long as the tab, for the workbook
//! they were loaded for: a look at a worksheet in the middle of a workshop does not
//! mean choosing the files again. They are working material of one sitting, not part
//! of the workbook (nothing of them is saved), and opening another workbook drops
//! them.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use workbook::merge::{self, Change, Choice, MergedItem, TeamError};
use workbook::Workbook;

use crate::components::chart::Chart;
use crate::components::fields::TextField;
use crate::i18n::merge::{self as t, MergeMsg};
use crate::i18n::{Label, Msg, Text};
use crate::state::{tr, use_app, App};

/// How many items the disagreement chart shows: enough to lead a discussion, few
/// enough to read each row.
const CHART_ITEMS: usize = 10;

/// A team's loaded file.
#[derive(Clone, Debug, PartialEq)]
struct Team {
    /// Identifies the team on this page while names are edited and teams removed.
    serial: u64,
    file: String,
    name: String,
    workbook: Arc<Workbook>,
}

/// What the last action did, for the status line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Adopted(usize),
    Unchanged,
    Undone,
}

/// The merge's working state, kept in the app's state for the tab's lifetime.
#[derive(Clone, Copy)]
pub struct Session {
    /// The workbook the teams were loaded for.
    for_workbook: StoredValue<Option<String>>,
    teams: RwSignal<Vec<Team>>,
    /// Files of the last load that did not join, with why.
    errors: RwSignal<Vec<(String, TeamError)>>,
    /// The changes of each adoption, latest last, for "Undo last adoption".
    history: RwSignal<Vec<Vec<Change>>>,
    outcome: RwSignal<Option<Outcome>>,
    next_serial: StoredValue<u64>,
}

impl Session {
    pub fn new() -> Session {
        Session {
            for_workbook: StoredValue::new(None),
            teams: RwSignal::new(Vec::new()),
            errors: RwSignal::new(Vec::new()),
            history: RwSignal::new(Vec::new()),
            outcome: RwSignal::new(None),
            next_serial: StoredValue::new(0),
        }
    }

    /// Starts afresh when the open workbook is not the one the teams belong to:
    /// their scores and the undo history mean nothing for another workbook.
    fn follow(self, id: &str) {
        if self.for_workbook.with_value(|f| f.as_deref() == Some(id)) {
            return;
        }
        self.for_workbook.set_value(Some(id.to_string()));
        self.teams.set(Vec::new());
        self.errors.set(Vec::new());
        self.history.set(Vec::new());
        self.outcome.set(None);
    }
}

impl Default for Session {
    fn default() -> Session {
        Session::new()
    }
}

#[component]
pub fn Page() -> impl IntoView {
    let app = use_app();
    let s = app.merge;
    let open_id = Memo::new(move |_| app.workbook.with(|wb| wb.id.clone()));
    Effect::new(move |_| open_id.with(|id| s.follow(id)));
    s.follow(&open_id.get_untracked());
    let flagged_only = RwSignal::new(false);

    // The workbooks alone, so renaming a team does not re-run the merge.
    let books = Memo::new(move |_| {
        s.teams
            .with(|ts| ts.iter().map(|t| t.workbook.clone()).collect::<Vec<_>>())
    });
    let names = Memo::new(move |_| {
        s.teams
            .with(|ts| ts.iter().map(|t| t.name.clone()).collect::<Vec<_>>())
    });
    let merged = Memo::new(move |_| {
        books.with(|books| {
            let refs: Vec<&Workbook> = books.iter().map(|b| b.as_ref()).collect();
            app.workbook.with(|wb| merge::merge(wb, &refs))
        })
    });

    // Another workbook replaced this one: its teams and undo history no longer apply.
    Effect::new(move |previous: Option<String>| {
        let id = app.workbook.with(|wb| wb.id.clone());
        if previous.is_some_and(|p| p != id) {
            s.teams.set(Vec::new());
            s.errors.set(Vec::new());
            s.history.set(Vec::new());
            s.outcome.set(None);
        }
        id
    });

    let on_files = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(files) = input.files() {
            read_files(app, s, files);
        }
        // Choosing the same files again must fire `change` again.
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            read_files(app, s, files);
        }
    };
    let adopt_all = move |_| {
        let m = merged.get_untracked();
        let changes_any = m.rows.iter().any(|r| {
            r.value(Choice::Mean)
                .is_some_and(|v| Some(v) != r.item.score)
        });
        let mut changes = Vec::new();
        if changes_any {
            app.edit(|wb| changes = merge::adopt_all(wb, &m, Choice::Mean));
        }
        record(s, changes);
    };
    let undo = move |_| {
        let Some(last) = s.history.try_update(Vec::pop).flatten() else {
            return;
        };
        app.edit(|wb| merge::undo(wb, &last));
        s.outcome.set(Some(Outcome::Undone));
    };
    let has_teams = move || s.teams.with(|ts| !ts.is_empty());

    view! {
        <h1>{tr(MergeMsg::Title)}</h1>
        <p class="intro">{tr(MergeMsg::Intro)}</p>

        <section aria-labelledby="merge-files">
            <h2 id="merge-files">{tr(MergeMsg::Files)}</h2>
            <div
                class="drop-zone"
                on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default()
                on:drop=on_drop
            >
                <span class="field">
                    <label for="merge-file">{tr(MergeMsg::ChooseFiles)}</label>
                    <input id="merge-file" type="file" multiple accept=".json,application/json" on:change=on_files/>
                </span>
                <p>{tr(MergeMsg::DropHere)}</p>
            </div>
            <FileErrors s/>
            <h3>{tr(MergeMsg::Teams)}</h3>
            <Show when=has_teams fallback=|| view! { <p class="muted">{tr(MergeMsg::NoTeams)}</p> }>
                <TeamList s/>
            </Show>
        </section>

        <Show when=has_teams>
            <section aria-labelledby="merge-items" class="merge-items">
                <h2 id="merge-items">{tr(MergeMsg::Items)}</h2>
                <p data-testid="merge-summary">
                    {move || {
                        let (rows, flagged) = merged.with(|m| (m.rows.len(), m.flagged()));
                        t::summary_line(app.lang.get(), names.with(Vec::len), rows, flagged)
                    }}
                </p>
                <div class="charts">
                    <Chart
                        draw=Box::new(move |area| {
                            let lang = app.lang.get();
                            let text = t::chart_text(lang, names.get());
                            merged
                                .with(|m| {
                                    let rows: Vec<(String, &MergedItem)> = m
                                        .largest_spreads(CHART_ITEMS)
                                        .into_iter()
                                        .map(|r| (t::chart_label(lang, &r.item), r))
                                        .collect();
                                    charts::merge_spreads(area, &rows, &text)
                                })
                                .map_err(|e| charts::error_text(&e))
                        })
                        title=Signal::derive(move || app.tr(MergeMsg::Chart).to_string())
                        label=Signal::derive(move || {
                            let lang = app.lang.get();
                            merged.with(|m| {
                                names.with(|n| t::chart_description(lang, &m.largest_spreads(CHART_ITEMS), n))
                            })
                        })
                        width=680
                        height=420
                    />
                </div>
                <div class="merge-actions">
                    <button type="button" on:click=adopt_all>{tr(MergeMsg::AdoptAllMeans)}</button>
                    <button
                        type="button"
                        on:click=undo
                        prop:disabled=move || s.history.with(Vec::is_empty)
                    >
                        {tr(MergeMsg::Undo)}
                    </button>
                    <span class="field inline">
                        <input
                            type="checkbox"
                            id="merge-flagged-only"
                            prop:checked=move || flagged_only.get()
                            on:change=move |ev| flagged_only.set(event_target_checked(&ev))
                        />
                        <label for="merge-flagged-only">{tr(MergeMsg::FlaggedOnly)}</label>
                    </span>
                </div>
                <p role="status" class="merge-outcome">
                    {move || s.outcome.get().map(|o| {
                        let lang = app.lang.get();
                        match o {
                            Outcome::Adopted(n) => t::adopted_line(lang, n),
                            Outcome::Unchanged => MergeMsg::NothingToAdopt.text(lang).to_string(),
                            Outcome::Undone => MergeMsg::Undone.text(lang).to_string(),
                        }
                    })}
                </p>
                <ItemTable s merged names flagged_only/>
                <p class="muted">{tr(MergeMsg::ByText)}</p>
            </section>

            <section aria-labelledby="merge-unmatched">
                <h2 id="merge-unmatched">{tr(MergeMsg::Unmatched)}</h2>
                <Unmatched merged names/>
            </section>
        </Show>
    }
}

/// Reads the chosen or dropped files one after the other, so teams keep the order
/// the files were given in; each becomes a team or an error naming the file.
fn read_files(app: App, s: Session, files: web_sys::FileList) {
    let files: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
    s.errors.set(Vec::new());
    s.outcome.set(None);
    spawn_local(async move {
        for file in files {
            let name = file.name();
            // Size first, before the browser copies the file into memory.
            if let Err(error) = merge::check_team_size(file.size() as usize) {
                if s.errors.try_update(|e| e.push((name, error))).is_none() {
                    return;
                }
                continue;
            }
            let bytes = match wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
                // An unreadable file reads as empty, which the codec reports.
                Err(_) => Vec::new(),
            };
            let text = String::from_utf8_lossy(&bytes);
            // Checked against the workbook as it is now, in case it was replaced meanwhile.
            let Some(read) = app
                .workbook
                .try_with_untracked(|wb| merge::read_team(wb, &text))
            else {
                return;
            };
            let added = match read {
                Ok(workbook) => {
                    let serial = s.next_serial.try_update_value(|n| {
                        *n += 1;
                        *n
                    });
                    s.teams.try_update(|ts| {
                        ts.push(Team {
                            serial: serial.unwrap_or_default(),
                            name: t::team_name_of_file(&name),
                            file: name,
                            workbook: Arc::new(workbook),
                        })
                    })
                }
                Err(error) => s.errors.try_update(|e| e.push((name, error))),
            };
            // The page was left while reading: there is nowhere to put the rest.
            if added.is_none() {
                return;
            }
        }
    });
}

/// Keeps an adoption's changes for undo and says what happened.
fn record(s: Session, changes: Vec<Change>) {
    if changes.is_empty() {
        s.outcome.set(Some(Outcome::Unchanged));
    } else {
        s.outcome.set(Some(Outcome::Adopted(changes.len())));
        s.history.update(|h| h.push(changes));
    }
}

#[component]
fn FileErrors(s: Session) -> impl IntoView {
    let app = use_app();
    view! {
        <Show when=move || s.errors.with(|e| !e.is_empty())>
            <div role="alert" class="field-error">
                <h3>{tr(MergeMsg::FileErrors)}</h3>
                <ul>
                    {move || {
                        let lang = app.lang.get();
                        s.errors.with(|errors| {
                            errors
                                .iter()
                                .map(|(file, error)| view! { <li>{t::file_error(lang, file, error)}</li> })
                                .collect_view()
                        })
                    }}
                </ul>
            </div>
        </Show>
    }
}

/// The loaded teams, each with its editable name and a remove button. Keyed by the
/// team's serial, so typing a name does not redraw (and unfocus) its field.
#[component]
fn TeamList(s: Session) -> impl IntoView {
    let app = use_app();
    let serials = move || {
        s.teams
            .with(|ts| ts.iter().map(|t| t.serial).collect::<Vec<_>>())
    };
    let team = move |serial: u64| {
        let find = move |ts: &Vec<Team>| ts.iter().position(|t| t.serial == serial);
        let number = move || s.teams.with(|ts| find(ts).map_or(0, |i| i + 1));
        let file = move || {
            s.teams
                .with(|ts| find(ts).map(|i| ts[i].file.clone()).unwrap_or_default())
        };
        let name = move || {
            s.teams
                .with(|ts| find(ts).map(|i| ts[i].name.clone()).unwrap_or_default())
        };
        let rename = Callback::new(move |value: String| {
            s.teams.update(|ts| {
                if let Some(i) = find(ts) {
                    ts[i].name = value;
                }
            })
        });
        let remove = move |_| {
            s.teams.update(|ts| ts.retain(|t| t.serial != serial));
        };
        view! {
            <li class="merge-team">
                <TextField
                    id=format!("merge-team-{serial}")
                    label=Signal::derive(move || t::team_name_label(app.lang.get(), number(), &file()))
                    value=Signal::derive(name)
                    on_input=rename
                />
                <button
                    type="button"
                    aria-label=move || t::remove_team_label(app.lang.get(), &name())
                    on:click=remove
                >
                    {tr(MergeMsg::RemoveTeam)}
                </button>
            </li>
        }
    };
    view! {
        <ol class="merge-teams">
            <For each=serials key=|serial| *serial children=team/>
        </ol>
    }
}

/// The per-item table. Redrawn whenever the merge, the names or the language change:
/// it is a plain table of values, and adopting changes the workbook anyway.
#[component]
fn ItemTable(
    s: Session,
    merged: Memo<merge::Merge>,
    names: Memo<Vec<String>>,
    flagged_only: RwSignal<bool>,
) -> impl IntoView {
    let app = use_app();
    view! {
        <div class="table-scroll">
            <table class="data compact merge-table">
                <thead>
                    <tr>
                        <th scope="col">{tr(Msg::Worksheet)}</th>
                        <th scope="col">{tr(MergeMsg::Item)}</th>
                        {move || names.get().into_iter().map(|n| view! { <th scope="col">{n}</th> }).collect_view()}
                        <th scope="col">{tr(MergeMsg::Mean)}</th>
                        <th scope="col">{tr(MergeMsg::Median)}</th>
                        <th scope="col">{tr(MergeMsg::Spread)}</th>
                        <th scope="col">{tr(MergeMsg::Flag)}</th>
                        <th scope="col">{tr(MergeMsg::Current)}</th>
                        <th scope="col">{tr(MergeMsg::Adopt)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let lang = app.lang.get();
                        let only = flagged_only.get();
                        let names = names.get();
                        merged.with(|m| {
                            m.rows
                                .iter()
                                .enumerate()
                                .filter(|(_, r)| !only || r.stats.flagged())
                                .map(|(i, r)| item_row(s, lang, i, r.clone(), &names))
                                .collect_view()
                        })
                    }}
                </tbody>
            </table>
        </div>
    }
}

fn item_row(
    s: Session,
    lang: workbook::Lang,
    index: usize,
    row: MergedItem,
    names: &[String],
) -> impl IntoView {
    let app = use_app();
    let score_text =
        |v: Option<workbook::Score>| v.map_or_else(|| "—".to_string(), |v| v.to_string());
    let teams = row
        .scores
        .iter()
        .zip(&row.matched)
        .map(|(score, how)| {
            let mark = if *how == Some(merge::MatchedBy::Text) {
                "*"
            } else {
                ""
            };
            view! { <td class="num">{format!("{}{mark}", score_text(*score))}</td> }
        })
        .collect_view();
    let mut options = vec![
        (Choice::Mean, MergeMsg::Mean.text(lang).to_string()),
        (Choice::Median, MergeMsg::Median.text(lang).to_string()),
    ];
    options.extend(
        names
            .iter()
            .enumerate()
            .map(|(t, name)| (Choice::Team(t), name.clone())),
    );
    let options: Vec<(Choice, String, bool)> = options
        .into_iter()
        .map(|(c, name)| {
            let value = row.value(c);
            (c, t::option_label(lang, &name, value), value.is_some())
        })
        .collect();
    let choices: Vec<Choice> = options.iter().map(|o| o.0).collect();
    let picked = RwSignal::new(0usize);
    let id = format!("merge-adopt-{index}");
    let flagged = row.stats.flagged();
    let row = Arc::new(row);
    let adopt = {
        let row = row.clone();
        move |_| {
            let choice = choices
                .get(picked.get_untracked())
                .copied()
                .unwrap_or(Choice::Mean);
            let changes = match row.value(choice) {
                Some(v) if Some(v) != row.item.score => {
                    let mut change = None;
                    app.edit(|wb| change = merge::adopt(wb, &row, choice));
                    change.into_iter().collect()
                }
                _ => Vec::new(),
            };
            record(s, changes);
        }
    };
    view! {
        <tr class:flagged=flagged>
            <td>{row.item.key.worksheet.label(lang)}</td>
            <th scope="row">{t::item_label(lang, &row.item)}</th>
            {teams}
            <td class="num">{t::number(row.stats.mean())}</td>
            <td class="num">{t::number(row.stats.median())}</td>
            <td class="num">{row.stats.spread().map_or_else(|| "—".to_string(), |v| v.to_string())}</td>
            <td>{flagged.then(|| view! { <strong class="flag">{MergeMsg::Discuss.text(lang)}</strong> })}</td>
            <td class="num">{score_text(row.item.score)}</td>
            <td class="adopt">
                <label for=id.clone()>{MergeMsg::AdoptValue.text(lang)}</label>
                <select id=id on:change=move |ev| picked.set(event_target_value(&ev).parse().unwrap_or(0))>
                    {options
                        .into_iter()
                        .enumerate()
                        .map(|(i, (_, label, enabled))| {
                            view! { <option value=i.to_string() disabled=!enabled>{label}</option> }
                        })
                        .collect_view()}
                </select>
                <button type="button" on:click=adopt>{MergeMsg::Adopt.text(lang)}</button>
            </td>
        </tr>
    }
}

/// Each team's items that match nothing here, listed so no team's work is lost.
#[component]
fn Unmatched(merged: Memo<merge::Merge>, names: Memo<Vec<String>>) -> impl IntoView {
    let app = use_app();
    move || {
        let lang = app.lang.get();
        let names = names.get();
        merged.with(|m| {
            if m.unmatched.iter().all(Vec::is_empty) {
                return view! { <p>{MergeMsg::NoUnmatched.text(lang)}</p> }.into_any();
            }
            m.unmatched
                .iter()
                .zip(&names)
                .filter(|(items, _)| !items.is_empty())
                .map(|(items, name)| {
                    let heading = t::unmatched_heading(lang, name, items.len());
                    let region = heading.clone();
                    let lines = items
                        .iter()
                        .map(|i| view! { <li>{t::unmatched_line(lang, i)}</li> })
                        .collect_view();
                    view! {
                        <section class="merge-unmatched" aria-label=region>
                            <h3>{heading}</h3>
                            <ul>{lines}</ul>
                        </section>
                    }
                })
                .collect_view()
                .into_any()
        })
    }
}
