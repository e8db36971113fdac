package no.datadeling.simulering.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Folketrygden's parameters as one immutable, versioned table set read from a resource file (never numbers in code):
 * grunnbeløp per year, satser in G (some given as a published kroner amount with the G of its date), forholdstall and
 * delingstall per årskull and age. Read once per JVM
 * ({@link #standard()}); every simulation shares it.
 */
public final class Folketrygdparametre {

    public static final String RESSURS = "folketrygden-parametre-v2.txt";
    /** Tables hold ages 62..75 (whole years); between them the value is interpolated by month. */
    static final int FOERSTE_ALDER = 62;
    static final int SISTE_ALDER = 75;

    private static final class Holder {
        static final Folketrygdparametre STANDARD = les(Folketrygdparametre.class.getResourceAsStream(RESSURS));
    }

    private final String versjon;
    private final Grunnbeloep grunnbeloep;
    private final Map<String, Double> satser;
    private final TreeMap<Integer, double[]> forholdstall;
    private final TreeMap<Integer, double[]> delingstall;

    Folketrygdparametre(String versjon, Grunnbeloep grunnbeloep, Map<String, Double> satser,
                        TreeMap<Integer, double[]> forholdstall, TreeMap<Integer, double[]> delingstall) {
        this.versjon = versjon;
        this.grunnbeloep = grunnbeloep;
        this.satser = Map.copyOf(satser);
        this.forholdstall = forholdstall;
        this.delingstall = delingstall;
    }

    public static Folketrygdparametre standard() {
        return Holder.STANDARD;
    }

    static Folketrygdparametre les(InputStream in) {
        if (in == null) {
            throw new IllegalStateException("parameter file " + RESSURS + " missing from the module");
        }
        String versjon = null;
        LocalDate gjeldendeFom = null;
        int gjeldende = 0;
        TreeMap<Integer, Integer> snitt = new TreeMap<>();
        Map<String, Double> satser = new HashMap<>();
        TreeMap<Integer, double[]> forholdstall = new TreeMap<>();
        TreeMap<Integer, double[]> delingstall = new TreeMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String linje = r.readLine(); linje != null; linje = r.readLine()) {
                String l = linje.strip();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\\s+");
                switch (f[0]) {
                    case "versjon" -> versjon = f[1];
                    case "gjeldende" -> {
                        gjeldendeFom = LocalDate.parse(f[1]);
                        gjeldende = Integer.parseInt(f[2]);
                    }
                    case "snitt" -> snitt.put(Integer.parseInt(f[1]), Integer.parseInt(f[2]));
                    case "sats" -> satser.put(f[1], Double.parseDouble(f[2]));
                    case "nivaa" -> satser.put(f[1], Double.parseDouble(f[2]) / Double.parseDouble(f[3]));
                    case "forholdstall" -> forholdstall.put(Integer.parseInt(f[1]), tall(f));
                    case "delingstall" -> delingstall.put(Integer.parseInt(f[1]), tall(f));
                    default -> throw new IllegalStateException("unknown line in " + RESSURS + ": " + l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Folketrygdparametre(versjon, new Grunnbeloep(gjeldendeFom, gjeldende, snitt), satser, forholdstall, delingstall);
    }

    private static double[] tall(String[] f) {
        double[] t = new double[SISTE_ALDER - FOERSTE_ALDER + 1];
        if (f.length - 2 != t.length) {
            throw new IllegalStateException(f[0] + " " + f[1] + " must have " + t.length + " values (ages 62..75)");
        }
        for (int i = 0; i < t.length; i++) {
            t[i] = Double.parseDouble(f[i + 2]);
        }
        return t;
    }

    public String versjon() {
        return versjon;
    }

    public Grunnbeloep grunnbeloep() {
        return grunnbeloep;
    }

    public double sats(String navn) {
        Double s = satser.get(navn);
        if (s == null) {
            throw new IllegalStateException("sats " + navn + " missing from " + RESSURS);
        }
        return s;
    }

    /** § 19-7: forholdstall for the årskull at an age in months (744 = 62 years .. 900 = 75 years). */
    public double forholdstall(int kull, int alderMaaneder) {
        return interpoler(forholdstall, kull, alderMaaneder);
    }

    /** § 20-12: delingstall for the årskull at an age in months; cohorts after the table use its last row. */
    public double delingstall(int kull, int alderMaaneder) {
        return interpoler(delingstall, kull, alderMaaneder);
    }

    private static double interpoler(TreeMap<Integer, double[]> tabell, int kull, int alderMaaneder) {
        var rad = tabell.floorEntry(Math.min(kull, tabell.lastKey()));
        if (rad == null) {
            throw new IllegalArgumentException("no table row for årskull " + kull);
        }
        double[] t = rad.getValue();
        int m = Math.max(FOERSTE_ALDER * 12, Math.min(SISTE_ALDER * 12, alderMaaneder)) - FOERSTE_ALDER * 12;
        int aar = m / 12;
        if (aar == t.length - 1) {
            return t[aar];
        }
        return t[aar] + (t[aar + 1] - t[aar]) * (m % 12) / 12.0;
    }
}
