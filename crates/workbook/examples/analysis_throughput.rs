//! Throughput of the segmentation analyses: generates demo customers (1,000,000 by
//! default, or the count given as the first argument) and times `analyse` on them,
//! the minimum of several runs, so the budget (well under 100 ms in WASM for a
//! million customers) can be checked natively. Demo amounts are whole; it also
//! times the same customers with cents, as imported data usually has, since every
//! bit of those varies and the ranking has more to sort.
//!
//! `cargo run --release -p workbook --example analysis_throughput [customers]`

use std::hint::black_box;
use std::time::{Duration, Instant};

use workbook::segmentation::analysis::{analyse, Analysis};
use workbook::segmentation::demo_data::generate;
use workbook::segmentation::{Dataset, LoyaltySettings, SegmentationSettings};
use workbook::Lang;

const RUNS: usize = 11;

fn main() {
    let customers: usize = std::env::args()
        .nth(1)
        .map(|arg| {
            arg.replace(['_', ','], "")
                .parse()
                .expect("a customer count")
        })
        .unwrap_or(1_000_000);

    for lang in Lang::ALL {
        let start = Instant::now();
        let data = black_box(generate(customers, 42, lang));
        println!(
            "generate {customers} customers ({}): {:.1} ms",
            lang.tag(),
            ms(start.elapsed())
        );
        drop(data);
    }

    let data = generate(customers, 42, Lang::En);
    let (seg, loy) = (SegmentationSettings::default(), LoyaltySettings::default());
    let analysis = time_analyse("analyse", &data, &seg, &loy);

    let mut cents = data.clone();
    for amount in cents.sales.iter_mut().chain(cents.profit.iter_mut()) {
        *amount = (*amount * 100.0 + 37.0) / 100.0;
    }
    time_analyse("analyse (amounts with cents)", &cents, &seg, &loy);

    // The figures, to see that the generated data looks like a customer base.
    let s = analysis.summary;
    let pct = |share: Option<f64>| share.map_or("-".to_owned(), |s| format!("{:.1}%", s * 100.0));
    println!(
        "gini {:.3}, top 20% make {} of profit, {} unprofitable, profit bands {:?}",
        s.gini.unwrap_or(f64::NAN),
        pct(s.top20_profit_share),
        s.unprofitable.customers,
        s.profit_bands
    );
    for (name, totals) in s
        .groups
        .iter()
        .map(|(k, t)| (format!("{k:?}"), t))
        .chain(s.abc.iter().map(|(k, t)| (format!("{k:?}"), t)))
        .chain(s.tiers.iter().map(|(k, t)| (format!("{k:?}"), t)))
        .chain(s.loyalty.iter().map(|(k, t)| (format!("{k:?}"), t)))
        .chain(s.quadrants.iter().map(|(k, t)| (format!("{k:?}"), t)))
    {
        println!(
            "  {name:<12} {:>8} customers, {:>6} of sales, {:>6} of profit",
            totals.customers,
            pct(totals.sales_share),
            pct(totals.profit_share)
        );
    }
}

/// Times `analyse` on `data`: the minimum and median of [`RUNS`] runs.
fn time_analyse(
    what: &str,
    data: &Dataset,
    seg: &SegmentationSettings,
    loy: &LoyaltySettings,
) -> Analysis {
    let mut times = Vec::with_capacity(RUNS);
    let mut analysis = None;
    for _ in 0..RUNS {
        let start = Instant::now();
        analysis = Some(black_box(analyse(black_box(data), seg, loy)));
        times.push(start.elapsed());
    }
    times.sort();
    println!(
        "{what}: {} customers, min {:.1} ms, median {:.1} ms over {RUNS} runs",
        data.len(),
        ms(times[0]),
        ms(times[RUNS / 2])
    );
    analysis.expect("ran at least once")
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
