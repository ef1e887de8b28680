//! The customer list of the segmentation and loyalty screens: pick all customers or
//! a group, class, tier or type, search it, page through it, and export it as CSV.
//! The list of all customers also shows each one's group, class, tier and loyalty
//! type, so a search across everyone says where a customer stands.

use leptos::prelude::*;
use workbook::csv_table;
use workbook::segmentation::analysis::{Analysis, Selection};

use crate::download;
use crate::i18n::customers::MISSING;
use crate::i18n::segmentation::{self as t, SegMsg};
use crate::i18n::{Label, Text};
use crate::state::{tr, use_app};

/// How many more rows "Show more" reveals; also the first page.
const PAGE: usize = 50;

/// `None` is the list of all customers.
fn selection_label(selection: Option<Selection>, lang: workbook::Lang) -> &'static str {
    let Some(selection) = selection else {
        return SegMsg::AllCustomers.text(lang);
    };
    match selection {
        Selection::Group(g) => g.label(lang),
        Selection::Abc(c) => c.label(lang),
        Selection::Tier(tier) => tier.label(lang),
        Selection::Loyalty(l) => l.label(lang),
        Selection::Quadrant(q) => q.label(lang),
    }
}

/// A customer's group, ABC class, tier and loyalty type ("—" when unrated): the
/// extra columns of the list of all customers.
fn classes(analysis: &Analysis, i: usize, lang: workbook::Lang) -> [String; 4] {
    [
        analysis.groups[i].label(lang).to_string(),
        analysis.abc[i].label(lang).to_string(),
        analysis.tiers[i].label(lang).to_string(),
        analysis.loyalty[i]
            .map_or(MISSING, |t| t.label(lang))
            .to_string(),
    ]
}

/// The headers of [`classes`].
const CLASS_HEADERS: [SegMsg; 4] = [
    SegMsg::GroupColumn,
    SegMsg::Class,
    SegMsg::Tier,
    SegMsg::LoyaltyTypeColumn,
];

/// A searchable, exportable list of customers.
///
/// - `id`: prefix of the DOM ids, unique on the page.
/// - `choices`: the lists the user can pick from besides all customers (offered
///   first, and shown first), in display order.
#[component]
pub fn CustomerList(id: &'static str, choices: Vec<Selection>) -> impl IntoView {
    let app = use_app();
    let choices: Vec<Option<Selection>> = std::iter::once(None)
        .chain(choices.into_iter().map(Some))
        .collect();
    let choices = StoredValue::new(choices);
    let selection = RwSignal::new(None::<Selection>);
    let query = RwSignal::new(String::new());
    let limit = RwSignal::new(PAGE);
    let matches = Memo::new(move |_| {
        let analysis = app.analysis.get()?;
        let rows = app.rows.with(|r| r.dataset().cloned())?;
        Some(analysis.search(&rows, selection.get(), &query.get()))
    });
    // A file keyed by customer names (no id column) shows the key as the name.
    let key_is_name = Memo::new(move |_| {
        app.workbook
            .with(|wb| wb.customer_data.as_ref().is_some_and(|d| d.key_is_name()))
    });
    // Each customer's place in the profit ranking, 1-based; one pass per analysis.
    let ranks = Memo::new_with_compare(
        move |_| {
            app.analysis.with(|a| {
                a.as_ref().map(|a| {
                    let mut ranks = vec![0u32; a.by_profit.len()];
                    for (rank, &i) in a.by_profit.iter().enumerate() {
                        ranks[i as usize] = rank as u32 + 1;
                    }
                    std::sync::Arc::new(ranks)
                })
            })
        },
        |old, new| match (old, new) {
            (Some(Some(a)), Some(Some(b))) => !std::sync::Arc::ptr_eq(a, b),
            _ => true,
        },
    );
    let select_id = format!("{id}-list");
    let search_id = format!("{id}-search");

    let export = move |_| {
        let lang = app.lang.get_untracked();
        let (Some(found), Some(rows), Some(analysis)) = (
            matches.get_untracked(),
            app.rows.with_untracked(|r| r.dataset().cloned()),
            app.analysis.get_untracked(),
        ) else {
            return;
        };
        let all = selection.get_untracked().is_none();
        let mut headers = vec![
            SegMsg::Rank.text(lang),
            SegMsg::CustomerId.text(lang),
            SegMsg::Name.text(lang),
            SegMsg::Sales.text(lang),
            SegMsg::Profit.text(lang),
        ];
        if all {
            headers.extend(CLASS_HEADERS.map(|h| h.text(lang)));
        }
        let ranks = ranks.get_untracked();
        let names = rows.names(key_is_name.get_untracked());
        let lines = found.iter().map(|&i| {
            let i = i as usize;
            let mut line = vec![
                ranks.as_ref().map_or(String::new(), |r| r[i].to_string()),
                rows.customer.get(i).to_string(),
                names.map_or(String::new(), |n| n.get(i).to_string()),
                rows.sales[i].to_string(),
                rows.profit[i].to_string(),
            ];
            if all {
                line.extend(classes(&analysis, i, lang));
            }
            line
        });
        let text = csv_table::to_csv(&headers, lines);
        let name = format!(
            "{}-{}.csv",
            download::file_stem(&app.workbook.with_untracked(|wb| wb.title.clone())),
            download::file_stem(selection_label(selection.get_untracked(), lang))
        );
        let _ = download::download_text(&name, "text/csv;charset=utf-8", &text);
    };

    view! {
        <div class="customer-list">
            <div class="list-controls">
                <span class="field">
                    <label for=select_id.clone()>{tr(SegMsg::ListChoice)}</label>
                    <select
                        id=select_id
                        on:change=move |ev| {
                            let index: usize = event_target_value(&ev).parse().unwrap_or(0);
                            if let Some(choice) = choices.with_value(|c| c.get(index).copied()) {
                                selection.set(choice);
                                limit.set(PAGE);
                            }
                        }
                    >
                        {move || {
                            let lang = app.lang.get();
                            choices
                                .get_value()
                                .into_iter()
                                .enumerate()
                                .map(|(i, choice)| {
                                    view! {
                                        <option value=i.to_string() selected=move || selection.get() == choice>
                                            {selection_label(choice, lang)}
                                        </option>
                                    }
                                })
                                .collect_view()
                        }}
                    </select>
                </span>
                <span class="field">
                    <label for=search_id.clone()>{tr(SegMsg::Search)}</label>
                    <input
                        data-undo="native"
                        id=search_id
                        type="search"
                        prop:value=move || query.get()
                        on:input=move |ev| {
                            query.set(event_target_value(&ev));
                            limit.set(PAGE);
                        }
                    />
                </span>
                <button type="button" on:click=export disabled=move || matches.with(|m| m.as_ref().is_none_or(Vec::is_empty))>
                    {tr(SegMsg::ExportList)}
                </button>
            </div>
            {move || match matches.get() {
                None => view! { <p class="muted">{tr(SegMsg::NeedsRows)}</p> }.into_any(),
                Some(found) => {
                    let lang = app.lang.get();
                    let shown = found.len().min(limit.get());
                    let rows = app.rows.with(|r| r.dataset().cloned());
                    let ranks = ranks.get();
                    let analysis = app.analysis.get();
                    let all = selection.get().is_none();
                    let key_is_name = key_is_name.get();
                    let body = rows
                        .zip(ranks)
                        .zip(analysis)
                        .map(|((rows, ranks), analysis)| {
                            let names = rows.names(key_is_name);
                            found[..shown]
                                .iter()
                                .map(|&i| {
                                    let i = i as usize;
                                    let extra = all.then(|| {
                                        classes(&analysis, i, lang)
                                            .into_iter()
                                            .map(|c| view! { <td>{c}</td> })
                                            .collect_view()
                                    });
                                    view! {
                                        <tr>
                                            <td class="num">{ranks[i]}</td>
                                            <td>{rows.customer.get(i).to_string()}</td>
                                            <td>{names.map(|n| n.get(i).to_string())}</td>
                                            <td class="num">{t::money(rows.sales[i])}</td>
                                            <td class="num">{t::money(rows.profit[i])}</td>
                                            {extra}
                                        </tr>
                                    }
                                })
                                .collect_view()
                        });
                    view! {
                        <p class="muted" role="status">{t::showing_line(lang, shown, found.len())}</p>
                        <table class="data">
                            <thead>
                                <tr>
                                    <th scope="col">{SegMsg::Rank.text(lang)}</th>
                                    <th scope="col">{SegMsg::CustomerId.text(lang)}</th>
                                    <th scope="col">{SegMsg::Name.text(lang)}</th>
                                    <th scope="col">{SegMsg::Sales.text(lang)}</th>
                                    <th scope="col">{SegMsg::Profit.text(lang)}</th>
                                    {all.then(|| {
                                        CLASS_HEADERS
                                            .map(|h| view! { <th scope="col">{h.text(lang)}</th> })
                                            .into_iter()
                                            .collect_view()
                                    })}
                                </tr>
                            </thead>
                            <tbody>{body}</tbody>
                        </table>
                        <Show when=move || shown < found.len()>
                            <button type="button" on:click=move |_| limit.update(|l| *l += PAGE)>
                                {tr(SegMsg::ShowMore)}
                            </button>
                        </Show>
                    }
                    .into_any()
                }
            }}
        </div>
    }
}
