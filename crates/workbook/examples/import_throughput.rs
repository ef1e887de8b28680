//! Times the customer-data import on a generated file of about a million rows
//! (~40 MB), the size the browser must parse in about a second. Run with
//! `cargo run --release -p workbook --example import_throughput [rows]`.

use std::time::{Duration, Instant};

use workbook::codec;
use workbook::lang::Lang;
use workbook::segmentation::binary;
use workbook::segmentation::import::Import;
use workbook::Workbook;

fn main() {
    let rows: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(1_000_000);
    let sorted = csv_text(rows, false);
    println!("{rows} rows, {:.1} MB of UTF-8", sorted.len() as f64 / 1e6);
    run("UTF-8, ids ascending", sorted.clone().into_bytes());
    let shuffled = csv_text(rows, true);
    run("UTF-8, ids shuffled", shuffled.clone().into_bytes());
    let (gbk, _, _) = encoding_rs::GBK.encode(&shuffled);
    println!("{:.1} MB as GBK", gbk.len() as f64 / 1e6);
    run("GBK, ids shuffled", gbk.into_owned());
}

/// Customer id, Chinese name, sales, profit and previous sales: about 40 bytes a
/// row, as a real export with these columns would be. Ids ascend (an export
/// sorted by id, which the duplicate check handles without its hash table) or
/// are shuffled (the table's worst case: a cache miss a row).
fn csv_text(rows: usize, shuffled: bool) -> String {
    let gcd = |mut a: usize, mut b: usize| {
        while b != 0 {
            (a, b) = (b, a % b);
        }
        a
    };
    // A multiplier coprime with `rows` permutes 0..rows.
    let step = if shuffled {
        (7919..).find(|&m| gcd(m, rows.max(1)) == 1).unwrap_or(1)
    } else {
        1
    };
    let mut text = String::with_capacity(rows * 48);
    text.push_str("客户编号,客户名称,销售额,利润,上期销售额\n");
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    for i in 0..rows {
        // xorshift: varied amounts without a dependency.
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let sales = seed % 5_000_000;
        let profit = (seed >> 20) % 900_000;
        let previous = (seed >> 40) % 5_000_000;
        text.push_str(&format!(
            "C{:07},客户{},{}.{:02},{},{}\n",
            (i * step) % rows.max(1),
            i % 1000,
            sales / 100,
            sales % 100,
            profit as i64 - 100_000,
            previous
        ));
    }
    text
}

fn run(label: &str, bytes: Vec<u8>) {
    let started = Instant::now();
    let import = Import::new(bytes).expect("the generated file opens");
    let opened = started.elapsed();
    let mapping = import.guess_mapping();
    let mut parse = import.start(&mapping).expect("all fields map");
    let mut steps = 0;
    let mut longest = Duration::ZERO;
    // The browser steps about 50,000 rows between yields.
    loop {
        let step_start = Instant::now();
        let finished = parse.step(50_000).finished;
        longest = longest.max(step_start.elapsed());
        steps += 1;
        if finished {
            break;
        }
    }
    let parsed = parse.finish();
    let total = started.elapsed();
    assert_eq!(parsed.problem_count, 0);
    let encode_start = Instant::now();
    let stored = binary::encode(&parsed.dataset);
    let encoded = encode_start.elapsed();
    let decode_start = Instant::now();
    let back = binary::decode(&stored).expect("round trip");
    let decoded = decode_start.elapsed();
    assert_eq!(back.len(), parsed.dataset.len());
    let workbook = Workbook::blank("w", Lang::Zh);
    let json_start = Instant::now();
    let json = codec::encode_with_dataset(&workbook, Some(&back), "v", "t", false);
    let json_encoded = json_start.elapsed();
    let json_start = Instant::now();
    let from_json = codec::decode(&json).expect("JSON round trip");
    let json_decoded = json_start.elapsed();
    assert_eq!(from_json.customer_rows.map(|d| d.len()), Some(back.len()));
    println!(
        "{label}: open {:.0} ms, open+parse {:.0} ms ({} steps, longest {:.0} ms, {} rows); \
         binary encode {:.0} ms / decode {:.0} ms ({:.1} MB); \
         JSON export {:.0} ms / import {:.0} ms ({:.1} MB)",
        opened.as_secs_f64() * 1e3,
        total.as_secs_f64() * 1e3,
        steps,
        longest.as_secs_f64() * 1e3,
        parsed.dataset.len(),
        encoded.as_secs_f64() * 1e3,
        decoded.as_secs_f64() * 1e3,
        stored.len() as f64 / 1e6,
        json_encoded.as_secs_f64() * 1e3,
        json_decoded.as_secs_f64() * 1e3,
        json.len() as f64 / 1e6,
    );
}
