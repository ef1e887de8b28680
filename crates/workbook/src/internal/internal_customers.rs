//! Scoring of the internal-customer links: the mean service level, the weakest links,
//! each department's average as server and as customer, and the department matrix.

use crate::ids::RowId;
use crate::order;
use crate::score::Score;

use super::{mean, InternalLink, TOP};

/// A scored link among the weakest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeakLink {
    pub id: RowId,
    pub service: Score,
    /// The serving department as typed, trimmed.
    pub server: String,
    /// The served department as typed, trimmed.
    pub customer: String,
}

/// One department and how well it serves and is served, over its scored links.
#[derive(Clone, Debug, PartialEq)]
pub struct DepartmentScore {
    /// The first spelling seen in the table, trimmed.
    pub name: String,
    /// Mean service of the links where it serves; `None` when none is scored.
    pub as_server: Option<f64>,
    /// Mean service of the links where it is served; `None` when none is scored.
    pub as_customer: Option<f64>,
}

/// The scores of the internal-customer worksheet. Blank links are ignored; a link
/// without a service score counts as unscored and is in no mean.
///
/// Department names are matched after trimming and lower-casing, so "Finance" and
/// " finance " are one department; it is shown with the first spelling seen.
/// Departments are listed in order of first appearance, reading the table row by row,
/// the serving department before the served one. A link with a blank department on
/// one side counts towards the named side only.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct InternalCustomersScore {
    /// Mean service over the scored links.
    pub mean: Option<f64>,
    pub scored: usize,
    pub unscored: usize,
    /// The [`TOP`] lowest-served links, lowest first; ties keep table order.
    pub weakest: Vec<WeakLink>,
    pub departments: Vec<DepartmentScore>,
    /// `matrix[server][customer]`, both indexes into `departments`: the mean service of
    /// the scored links from that server to that customer, `None` when there is none.
    pub matrix: Vec<Vec<Option<f64>>>,
}

/// How department names are compared.
fn department_key(name: &str) -> String {
    name.trim().to_lowercase()
}

impl InternalCustomersScore {
    pub fn of(links: &[InternalLink]) -> InternalCustomersScore {
        let links: Vec<&InternalLink> = links.iter().filter(|l| !l.is_blank()).collect();

        // Departments in order of first appearance; `index` maps a name to its slot.
        let mut keys: Vec<String> = Vec::new();
        let mut names: Vec<String> = Vec::new();
        for name in links.iter().flat_map(|l| [&l.server, &l.customer]) {
            let key = department_key(name);
            if !key.is_empty() && !keys.contains(&key) {
                keys.push(key);
                names.push(name.trim().to_string());
            }
        }
        let index = |name: &str| {
            let key = department_key(name);
            keys.iter().position(|k| *k == key)
        };

        let n = names.len();
        let mut as_server: Vec<Vec<Score>> = vec![Vec::new(); n];
        let mut as_customer: Vec<Vec<Score>> = vec![Vec::new(); n];
        let mut cells: Vec<Vec<Vec<Score>>> = vec![vec![Vec::new(); n]; n];
        let mut scored: Vec<(&InternalLink, Score)> = Vec::new();
        for link in &links {
            let Some(service) = link.service else {
                continue;
            };
            scored.push((link, service));
            let (s, c) = (index(&link.server), index(&link.customer));
            if let Some(s) = s {
                as_server[s].push(service);
            }
            if let Some(c) = c {
                as_customer[c].push(service);
            }
            if let (Some(s), Some(c)) = (s, c) {
                cells[s][c].push(service);
            }
        }

        let mean_service = mean(scored.iter().map(|&(_, s)| s));
        // Stable: equal service keeps table order.
        let weakest = order::by_number(scored.clone(), order::Direction::Ascending, |&(_, s)| {
            i64::from(s.get())
        });
        let weakest = weakest
            .into_iter()
            .take(TOP)
            .map(|(link, service)| WeakLink {
                id: link.id,
                service,
                server: link.server.trim().to_string(),
                customer: link.customer.trim().to_string(),
            })
            .collect();

        InternalCustomersScore {
            mean: mean_service,
            scored: scored.len(),
            unscored: links.len() - scored.len(),
            weakest,
            departments: names
                .into_iter()
                .zip(as_server.into_iter().zip(as_customer))
                .map(|(name, (server, customer))| DepartmentScore {
                    name,
                    as_server: mean(server),
                    as_customer: mean(customer),
                })
                .collect(),
            matrix: cells
                .into_iter()
                .map(|row| row.into_iter().map(mean).collect())
                .collect(),
        }
    }

    /// True when no link is listed at all.
    pub fn is_empty(&self) -> bool {
        self.scored + self.unscored == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Links from (server, customer, service); service 0 stands for "unscored". The
    /// need is filled in unless the departments are blank and the service unscored, so
    /// ("", "", 0) is a blank row.
    fn links(rows: &[(&str, &str, u8)]) -> Vec<InternalLink> {
        rows.iter()
            .enumerate()
            .map(|(i, &(server, customer, service))| InternalLink {
                id: RowId(i as u64 + 1),
                server: server.into(),
                customer: customer.into(),
                need: if (server, customer, service) == ("", "", 0) {
                    String::new()
                } else {
                    "need".into()
                },
                service: Score::new(service).ok(),
            })
            .collect()
    }

    type Dept<'a> = (&'a str, Option<f64>, Option<f64>);

    #[test]
    fn internal_customer_scores() {
        struct Case<'a> {
            name: &'a str,
            rows: &'a [(&'a str, &'a str, u8)],
            mean: Option<f64>,
            scored: usize,
            unscored: usize,
            /// Ids of the weakest links, lowest first.
            weakest: &'a [u64],
            /// (name, as server, as customer) in order of first appearance.
            departments: &'a [Dept<'a>],
            matrix: &'a [&'a [Option<f64>]],
        }
        let cases = [
            Case {
                name: "empty",
                rows: &[],
                mean: None,
                scored: 0,
                unscored: 0,
                weakest: &[],
                departments: &[],
                matrix: &[],
            },
            Case {
                name: "unscored links still list their departments",
                rows: &[("Finance", "Sales", 0)],
                mean: None,
                scored: 0,
                unscored: 1,
                weakest: &[],
                departments: &[("Finance", None, None), ("Sales", None, None)],
                matrix: &[&[None, None], &[None, None]],
            },
            Case {
                name: "spellings are grouped; the first one is shown",
                rows: &[
                    ("Finance", "Sales", 4),
                    (" finance ", "SALES", 8),
                    ("Sales", "FINANCE", 0),
                ],
                mean: Some(6.0),
                scored: 2,
                unscored: 1,
                weakest: &[1, 2],
                departments: &[("Finance", Some(6.0), None), ("Sales", None, Some(6.0))],
                matrix: &[&[None, Some(6.0)], &[None, None]],
            },
            Case {
                name: "weakest three, ties in table order",
                rows: &[
                    ("A", "B", 6),
                    ("B", "C", 3),
                    ("C", "A", 7),
                    ("A", "C", 3),
                    ("C", "B", 5),
                    ("B", "A", 3),
                ],
                mean: Some(27.0 / 6.0),
                scored: 6,
                unscored: 0,
                weakest: &[2, 4, 6],
                departments: &[
                    ("A", Some(4.5), Some(5.0)),
                    ("B", Some(3.0), Some(5.5)),
                    ("C", Some(6.0), Some(3.0)),
                ],
                matrix: &[
                    &[None, Some(6.0), Some(3.0)],
                    &[Some(3.0), None, Some(3.0)],
                    &[Some(7.0), Some(5.0), None],
                ],
            },
            Case {
                name: "order of first appearance, server before customer",
                rows: &[("Logistics", "Training", 8), ("HR", "Logistics", 2)],
                mean: Some(5.0),
                scored: 2,
                unscored: 0,
                weakest: &[2, 1],
                departments: &[
                    ("Logistics", Some(8.0), Some(2.0)),
                    ("Training", None, Some(8.0)),
                    ("HR", Some(2.0), None),
                ],
                matrix: &[
                    &[None, Some(8.0), None],
                    &[None, None, None],
                    &[Some(2.0), None, None],
                ],
            },
            Case {
                name: "a blank side counts for the named side only; blank rows are ignored",
                rows: &[("", "Sales", 4), ("", "", 0), ("IT", " ", 9)],
                mean: Some(6.5),
                scored: 2,
                unscored: 0,
                weakest: &[1, 3],
                departments: &[("Sales", None, Some(4.0)), ("IT", Some(9.0), None)],
                matrix: &[&[None, None], &[None, None]],
            },
            Case {
                name: "several links in one cell, and a department serving itself",
                rows: &[("A", "B", 2), ("A", "B", 7), ("A", "A", 10)],
                mean: Some(19.0 / 3.0),
                scored: 3,
                unscored: 0,
                weakest: &[1, 2, 3],
                departments: &[("A", Some(19.0 / 3.0), Some(10.0)), ("B", None, Some(4.5))],
                matrix: &[&[Some(10.0), Some(4.5)], &[None, None]],
            },
        ];
        for case in &cases {
            let name = case.name;
            let score = InternalCustomersScore::of(&links(case.rows));
            assert_eq!(score.mean, case.mean, "{name}: mean");
            assert_eq!(
                (score.scored, score.unscored),
                (case.scored, case.unscored),
                "{name}: counts"
            );
            let weakest: Vec<u64> = score.weakest.iter().map(|w| w.id.0).collect();
            assert_eq!(weakest, case.weakest, "{name}: weakest");
            assert!(
                score
                    .weakest
                    .windows(2)
                    .all(|w| w[0].service <= w[1].service),
                "{name}: weakest not ascending"
            );
            let departments: Vec<Dept> = score
                .departments
                .iter()
                .map(|d| (d.name.as_str(), d.as_server, d.as_customer))
                .collect();
            assert_eq!(departments, case.departments, "{name}: departments");
            assert_eq!(score.matrix, case.matrix, "{name}: matrix");
            assert_eq!(score.is_empty(), case.scored + case.unscored == 0);
        }
    }

    #[test]
    fn weak_links_name_their_departments() {
        let score = InternalCustomersScore::of(&links(&[(" Finance ", "Sales ", 3)]));
        assert_eq!(
            score.weakest,
            [WeakLink {
                id: RowId(1),
                service: Score::new(3).unwrap(),
                server: "Finance".into(),
                customer: "Sales".into(),
            }]
        );
    }
}
