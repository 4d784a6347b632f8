//! The small amount of statistics the verdict needs: the Beta distribution's CDF (regularized
//! incomplete beta function), computed with Lentz's continued fraction. No approximation by the
//! normal distribution: it stays exact for the handful of interviews a seeker has.

/// ln Γ(x) for x > 0 (Lanczos approximation, g = 7, n = 9; about 15 correct digits).
pub fn ln_gamma(x: f64) -> f64 {
    const COEFFS: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        // Reflection: Γ(x)Γ(1−x) = π / sin(πx).
        let pi = std::f64::consts::PI;
        return (pi / (pi * x).sin()).ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let mut sum = COEFFS[0];
    for (i, c) in COEFFS.iter().enumerate().skip(1) {
        sum += c / (x + i as f64);
    }
    let t = x + 7.5;
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + sum.ln()
}

/// P(X ≤ x) for X ~ Beta(a, b): the regularized incomplete beta function I_x(a, b).
pub fn beta_cdf(x: f64, a: f64, b: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let ln_front = ln_gamma(a + b) - ln_gamma(a) - ln_gamma(b) + a * x.ln() + b * (1.0 - x).ln();
    let front = ln_front.exp();
    // The continued fraction converges fast for x < (a+1)/(a+b+2); use the symmetry otherwise.
    if x < (a + 1.0) / (a + b + 2.0) {
        front * continued_fraction(x, a, b) / a
    } else {
        1.0 - front * continued_fraction(1.0 - x, b, a) / b
    }
}

/// P(X ≤ k) for X ~ Binomial(n, p), exactly, through the identity P(X ≤ k) = I_{1−p}(n − k, k + 1): a
/// bounded continued fraction, so any `n` (up to `u32::MAX`) costs the same.
pub fn binomial_at_most(k: u32, n: u32, p: f64) -> f64 {
    if k >= n {
        return 1.0;
    }
    beta_cdf(1.0 - p, f64::from(n - k), f64::from(k) + 1.0).clamp(0.0, 1.0)
}

/// P(X ≥ k) for X ~ Binomial(n, p).
pub fn binomial_at_least(k: u32, n: u32, p: f64) -> f64 {
    if k == 0 {
        return 1.0;
    }
    if k > n {
        return 0.0;
    }
    1.0 - binomial_at_most(k - 1, n, p)
}

/// Lentz's method for the continued fraction of I_x(a, b) (Numerical Recipes §6.4).
fn continued_fraction(x: f64, a: f64, b: f64) -> f64 {
    const TINY: f64 = 1e-300;
    const EPS: f64 = 1e-15;
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let mut c = 1.0;
    let mut d = 1.0 - qab * x / qap;
    if d.abs() < TINY {
        d = TINY;
    }
    d = 1.0 / d;
    let mut h = d;
    for m in 1..=300 {
        let m = m as f64;
        let m2 = 2.0 * m;
        let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        if d.abs() < TINY {
            d = TINY;
        }
        c = 1.0 + aa / c;
        if c.abs() < TINY {
            c = TINY;
        }
        d = 1.0 / d;
        h *= d * c;
        let aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        if d.abs() < TINY {
            d = TINY;
        }
        c = 1.0 + aa / c;
        if c.abs() < TINY {
            c = TINY;
        }
        d = 1.0 / d;
        let del = d * c;
        h *= del;
        if (del - 1.0).abs() < EPS {
            break;
        }
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    fn binomial_cdf(k: u64, n: u64, p: f64) -> f64 {
        (0..=k)
            .map(|i| {
                let ln_choose = ln_gamma(n as f64 + 1.0)
                    - ln_gamma(i as f64 + 1.0)
                    - ln_gamma((n - i) as f64 + 1.0);
                (ln_choose + i as f64 * p.ln() + (n - i) as f64 * (1.0 - p).ln()).exp()
            })
            .sum()
    }

    #[test]
    fn ln_gamma_matches_factorials_and_half_integers() {
        assert!((ln_gamma(1.0)).abs() < 1e-12);
        assert!((ln_gamma(5.0) - 24f64.ln()).abs() < 1e-12);
        assert!((ln_gamma(0.5) - std::f64::consts::PI.sqrt().ln()).abs() < 1e-12);
        assert!((ln_gamma(10.5) - 1_133_278.388_948_441_3f64.ln()).abs() < 1e-10);
    }

    #[test]
    fn uniform_and_power_cases_are_exact() {
        for x in [0.01, 0.2, 0.5, 0.77, 0.99] {
            assert!((beta_cdf(x, 1.0, 1.0) - x).abs() < 1e-12);
            assert!((beta_cdf(x, 3.0, 1.0) - x.powi(3)).abs() < 1e-12);
            assert!(
                (beta_cdf(x, 0.5, 0.5) - 2.0 / std::f64::consts::PI * x.sqrt().asin()).abs()
                    < 1e-10
            );
        }
    }

    #[test]
    fn binomial_tails_agree_with_summed_terms() {
        for (k, n, p) in [
            (1u32, 12u32, 0.2),
            (0, 14, 0.2),
            (2, 40, 0.1),
            (5, 9, 0.7),
            (3, 3, 0.5),
        ] {
            let summed = binomial_cdf(u64::from(k), u64::from(n), p);
            assert!(
                (binomial_at_most(k, n, p) - summed).abs() < 1e-10,
                "k={k} n={n}"
            );
        }
        // 0.8¹² + 12 · 0.2 · 0.8¹¹ = 0.2749…
        assert!((binomial_at_most(1, 12, 0.2) - 0.274_877_906_944).abs() < 1e-9);
        assert!((binomial_at_least(3, 3, 0.5) - 0.125).abs() < 1e-12);
        // Huge counts stay finite and quick.
        let x = binomial_at_most(u32::MAX / 2, u32::MAX, 0.5);
        assert!(x.is_finite() && (0.0..=1.0).contains(&x));
    }

    #[test]
    fn integer_parameters_agree_with_the_binomial_identity() {
        // I_x(k+1, n−k) = P(Bin(n, x) ≥ k+1)
        for (k, n, x) in [(1u64, 12u64, 0.3), (2, 40, 0.1), (0, 2, 0.5), (7, 20, 0.45)] {
            let lhs = beta_cdf(x, k as f64 + 1.0, (n - k) as f64);
            let rhs = 1.0 - binomial_cdf(k, n, x);
            assert!(
                (lhs - rhs).abs() < 1e-10,
                "k={k} n={n} x={x}: {lhs} vs {rhs}"
            );
        }
    }
}
