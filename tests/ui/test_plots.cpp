// SPDX-License-Identifier: GPL-3.0-or-later
// Forest and funnel plots rendered headless for the reference datasets and for 1, 2, 13 and 500 studies,
// with and without subgroups, to PNG, SVG and PDF; and what can be checked is checked: rows, where the
// diamond sits against the pooled estimate, labels as text in the SVG, pages of a long PDF.
#include "analysisformat.h"
#include "axis.h"
#include "claimanalysis.h"
#include "csvtable.h"
#include "effectdata.h"
#include "forestplot.h"
#include "plotexport.h"
#include "referencedata.h"
#include "reviewload.h"
#include "reviewstore.h"
#include "robplot.h"
#include "settingsof.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QSvgGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <numeric>
#include <random>

using namespace evidencedesk;

namespace {

/// A review of k studies with generic effects, or of a reference dataset, and its analysis.
struct Case {
    Review review;
    qint64 claim = 1;
    std::shared_ptr<ClaimAnalysis> analysis;
};

Case simulated(int k, bool subgroups)
{
    Case c;
    Claim claim;
    claim.id = 1;
    claim.outcomeId = 1;
    claim.originalText = QStringLiteral("The intervention helps.");
    claim.favoursLeft = QStringLiteral("Favours A"); // the claim's own words reach every rendering
    claim.favoursRight = QStringLiteral("Favours B");
    c.review.claims << claim;
    std::mt19937 rng(11);
    std::normal_distribution<double> normal(0.3, 0.4);
    std::uniform_real_distribution<double> u(0.01, 0.2);
    for (int i = 0; i < k; ++i) {
        Study s;
        s.id = i + 1;
        s.title = QStringLiteral("Trial %1").arg(i + 1);
        s.authors = QStringLiteral("Author%1, A.").arg(i + 1);
        s.year = 1990 + i % 30;
        c.review.data[1][s.id].yi = normal(rng);
        c.review.data[1][s.id].vi = u(rng);
        s.extra.insert(QStringLiteral("region"), i % 3 == 0 ? QStringLiteral("north") : QStringLiteral("south"));
        c.review.studies << s;
        c.review.stances[1].insert(s.id, {i % 2 ? Stance::Supporting : Stance::Contradicting, {}, {}});
    }
    const SynthesisSettings settings = test::settingsOf(synth::Measure::GEN, synth::Method::REML, synth::Test::Z, 95,
                                                        subgroups ? QStringLiteral("region") : QString());
    c.analysis = std::make_shared<ClaimAnalysis>(analyzeClaim(c.review, 1, settings));
    return c;
}

Case reference(const test::ReferenceCase &rc)
{
    Case c;
    Claim claim;
    claim.id = 1;
    claim.outcomeId = 1;
    claim.favoursLeft = QStringLiteral("Favours A");
    claim.favoursRight = QStringLiteral("Favours B");
    c.review.claims << claim;
    CsvTable table;
    QString error;
    EffectData data;
    readCsv(rc.csvPath, table, error);
    effectDataFromTable(table, *synth::measureFromName(rc.measure.toStdString()), {}, data, error);
    for (std::size_t i = 0; i < data.studies.size(); ++i) {
        Study s;
        s.id = qint64(i) + 1;
        s.title = data.labels.at(qsizetype(i));
        c.review.data[1][s.id] = data.studies[i];
        c.review.studies << s;
    }
    c.analysis = std::make_shared<ClaimAnalysis>(
        analyzeClaim(c.review, 1, test::settingsOf(*synth::measureFromName(rc.measure.toStdString()))));
    return c;
}

} // namespace

class TestPlots : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    void renderAll(const Case &c, const QString &name, bool subgroups)
    {
        QVERIFY2(c.analysis->ok(), qPrintable(name));
        PlotOptions options;
        options.columns = {PlotColumn::Year, PlotColumn::Stance};
        options.colourByStance = true;
        options.columns << PlotColumn::Intervention << PlotColumn::Comparator;
        options.showFixedEffect = true;
        options.eggerLine = true;
        const PlotData data = makePlotData(c.analysis, options);
        const synth::Analysis &a = c.analysis->analysis;
        const int k = int(a.yi.size());

        // rows: one per study, the summaries, subgroup headers and subtotals
        const ForestPlot forest(data);
        int studies = 0, headers = 0, subtotals = 0, overall = 0;
        for (const ForestPlot::Row &r : forest.rows()) {
            studies += r.kind == ForestPlot::Row::Study;
            headers += r.kind == ForestPlot::Row::GroupHeader;
            subtotals += r.kind == ForestPlot::Row::Subtotal;
            overall += r.kind == ForestPlot::Row::Overall;
        }
        QCOMPARE(studies, k);
        QCOMPARE(overall, 1);
        if (subgroups) {
            QCOMPARE(headers, int(a.subgroups->groups.size()));
            QVERIFY(subtotals >= 1);
        } else {
            QCOMPARE(headers, 0);
        }
        // the diamond is drawn at the pooled estimate: find its darkest column in a rendering
        const QRectF rect(0, 0, 900, forest.height());
        QImage image(rect.size().toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            forest.paint(&p, rect);
        }
        int overallRow = 0;
        for (int i = 0; i < forest.rows().size(); ++i)
            if (forest.rows()[i].kind == ForestPlot::Row::Overall)
                overallRow = i;
        const int cy
            = int(ForestPlot::kHeaderHeight + ForestPlot::kRowHeight * overallRow + ForestPlot::kRowHeight / 2);
        const double expected = forest.xOf(a.fit.estimate, rect);
        QVERIFY2(qGray(image.pixel(int(expected), cy)) < 80,
                 qPrintable(QStringLiteral("%1: no diamond at x = %2").arg(name).arg(expected)));
        // and it ends at the CI: past it, no diamond fill (at most the grey null line)
        QVERIFY(qGray(image.pixel(int(forest.xOf(a.fit.ciUpper, rect)) + 6, cy)) > 120);

        // files
        for (const char *suffix : {"png", "svg", "pdf"}) {
            for (PlotKind kind : {PlotKind::Forest, PlotKind::Funnel}) {
                const QString path = m_dir.filePath(
                    QStringLiteral("%1-%2.%3")
                        .arg(name, kind == PlotKind::Forest ? QStringLiteral("forest") : QStringLiteral("funnel"),
                             QLatin1String(suffix)));
                QString error;
                QVERIFY2(exportPlot(data, kind, path, error, 150), qPrintable(error));
                QVERIFY(QFileInfo(path).size() > 1000);
            }
        }
        QFile svg(m_dir.filePath(name + QStringLiteral("-forest.svg")));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(svg.readAll());
        for (const PlotStudy &s : data.studies)
            QVERIFY2(text.contains(s.label.toHtmlEscaped()), qPrintable(s.label)); // text stays text
        QVERIFY(text.contains(QStringLiteral("Favours A")));
        QVERIFY(text.contains(QStringLiteral("Favours B")));
        // the colours are explained: a legend names the stances of the plotted studies
        for (const PlotStudy &s : data.studies)
            QVERIFY(text.contains(
                (s.stance == Stance::Untagged ? QStringLiteral("Not tagged") : stanceName(s.stance)).toHtmlEscaped()));
        const QImage png(m_dir.filePath(name + QStringLiteral("-forest.png")));
        QCOMPARE(png.width(), int(900 * 150 / 96.0));
    }

private slots:
    void referenceDatasets_data()
    {
        // the public datasets, and the engine's edge cases (one study with almost all the weight, effects
        // of 1e-55 or 1e55): every plot is drawn, with ticks, whatever the scale
        QTest::addColumn<QString>("folder");
        QTest::addColumn<int>("index");
        for (const QString &folder : {test::referenceDir(), test::referenceEdgesDir()}) {
            const QList<test::ReferenceCase> cases = test::referenceCases(folder);
            QVERIFY(cases.size() >= 5);
            for (int i = 0; i < cases.size(); ++i)
                QTest::newRow(qPrintable(cases[i].dataset + QStringLiteral("/plots"))) << folder << i;
        }
    }

    void referenceDatasets()
    {
        QFETCH(QString, folder);
        QFETCH(int, index);
        const test::ReferenceCase rc = test::referenceCases(folder).at(index);
        renderAll(reference(rc), rc.dataset, false);
    }

    void sizes_data()
    {
        QTest::addColumn<int>("k");
        QTest::addColumn<bool>("subgroups");
        for (int k : {1, 2, 13, 500})
            for (bool g : {false, true})
                if (!(k == 1 && g))
                    QTest::newRow(qPrintable(
                        QStringLiteral("k%1/%2").arg(k).arg(g ? QStringLiteral("subgroups") : QStringLiteral("plain"))))
                        << k << g;
    }

    void sizes()
    {
        QFETCH(int, k);
        QFETCH(bool, subgroups);
        renderAll(simulated(k, subgroups),
                  QStringLiteral("k%1%2").arg(k).arg(subgroups ? QStringLiteral("g") : QString()), subgroups);
    }

    void narrowForestKeepsHeterogeneityWhole_data()
    {
        QTest::addColumn<int>("width");
        for (int w : {900, 420, 330, 120})
            QTest::newRow(qPrintable(QStringLiteral("simulated/width%1").arg(w))) << w;
    }

    // a narrow pane (a laptop's window) breaks the heterogeneity line rather than cutting off its numbers
    void narrowForestKeepsHeterogeneityWhole()
    {
        QFETCH(int, width);
        const Case c = simulated(13, false);
        const ForestPlot forest(makePlotData(c.analysis));
        QBuffer buffer;
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(QSize(width, int(forest.height())));
        svg.setResolution(96);
        {
            QPainter p(&svg);
            forest.paint(&p, QRectF(0, 0, width, forest.height()));
        }
        const QString text = QString::fromUtf8(buffer.data());
        const synth::Fit &f = c.analysis->analysis.fit;
        const QString tail = QStringLiteral("(df = %1, p %2)").arg(f.Qdf, 0, 'f', 0).arg(pValueClause(f.Qpval));
        QVERIFY(text.contains(QStringLiteral("Heterogeneity: ")));
        // the line as drawn: it fits the width on at most two lines, and only breaks after a "; "
        QFont font; // the plots' font
        font.setPointSizeF(9);
        const QFontMetricsF metrics(font, &svg);
        const QLocale l;
        const QString het = QStringLiteral("Heterogeneity: \u03c4\u00b2 = %1; I\u00b2 = %2%; Q = %3 ")
                                .arg(l.toString(f.tau2, 'g', 3), l.toString(f.I2, 'f', 1), l.toString(f.Q, 'f', 2))
            + tail; // the line as the plot words it, for this fit
        const QStringList lines = ForestPlot::footerLines(het, metrics, width);
        QVERIFY(lines.size() <= 2);
        for (const QString &line : lines)
            QVERIFY2(metrics.horizontalAdvance(line) <= width, qPrintable(line));
        if (metrics.horizontalAdvance(het) <= width)
            QCOMPARE(lines, QStringList {het});
        else if (lines.size() == 2 && !lines[1].contains(QChar(0x2026)))
            QCOMPARE(lines.join(QLatin1Char(' ')), het); // nothing lost
        QVERIFY(lines.first().startsWith(QStringLiteral("Heterogeneity:")));
        if (!lines.join(QString()).contains(QChar(0x2026))) // what the plot drew says the p-value as reviewers do
            QVERIFY2(text.contains(tail.toHtmlEscaped()), qPrintable(tail));
    }

    void axisTicksRead_data()
    {
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<bool>("logScale");
        QTest::addColumn<double>("width"); // pixels of the axis
        // ratio axes in natural units, as forest plots meet them (BCG, narrow nulls, one side only)
        for (auto [lo, hi] : {std::pair {0.6, 1.8},
                              {0.25, 1.4},
                              {0.05, 20.0},
                              {0.9, 1.1},
                              {0.95, 1.05},
                              {1.2, 3.0},
                              {0.2, 0.9},
                              {0.5, 2.0},
                              {0.001, 1000.0}})
            for (double width : {240.0, 420.0, 700.0})
                QTest::newRow(qPrintable(QStringLiteral("log/%1-%2/%3px").arg(lo).arg(hi).arg(width)))
                    << std::log(lo) << std::log(hi) << true << width;
        for (auto [lo, hi] :
             {std::pair {-0.5, 0.3}, {-3.0, 8.0}, {0.01, 0.04}, {0.0, 0.22}, {0.0, 1.7}, {-120.0, 35.0}, {0.0, 0.0037}})
            for (double width : {240.0, 420.0, 700.0})
                QTest::newRow(qPrintable(QStringLiteral("linear/%1-%2/%3px").arg(lo).arg(hi).arg(width)))
                    << lo << hi << false << width;
    }

    void axisTicksRead()
    {
        QFETCH(double, lo);
        QFETCH(double, hi);
        QFETCH(bool, logScale);
        QFETCH(double, width);
        const auto pixel = [&](double v) { return (v - lo) / (hi - lo) * width; };
        const double spacing = 34;
        const AxisTicks t = axisTicks(lo, hi, logScale, pixel, spacing);
        QVERIFY2(t.values.size() >= 3, qPrintable(QString::number(t.values.size())));
        for (qsizetype i = 0; i < t.values.size(); ++i) {
            const double v = t.values[i];
            QVERIFY(v >= lo - 1e-12 && v <= hi + 1e-12); // inside the axis
            if (i > 0)
                QVERIFY(pixel(v) - pixel(t.values[i - 1]) >= spacing - 1e-9); // never crowded
            // round: the label has at most three significant digits and names the tick exactly
            const QString label = t.label(v);
            const double natural = logScale ? std::exp(v) : v;
            QCOMPARE(QLocale().toDouble(label), QLocale().toDouble(QLocale().toString(natural, 'g', 3)));
            QVERIFY2(std::abs(QLocale().toDouble(label) - natural) <= 1e-9 * std::max(1.0, std::abs(natural)),
                     qPrintable(label));
            QString digits = label;
            digits.remove(QLocale().decimalPoint()).remove(QLatin1Char('-'));
            while (digits.startsWith(QLatin1Char('0')))
                digits.remove(0, 1);
            while (digits.endsWith(QLatin1Char('0')))
                digits.chop(1);
            QVERIFY2(digits.size() <= 3, qPrintable(label));
        }
        if (lo < 0 && hi > 0) { // the null, and ticks on both sides of it
            QVERIFY(t.values.contains(0.0));
            QVERIFY(t.values.first() < 0 && t.values.last() > 0);
        }
    }

    void narrowRatioRangeHasTicksOnBothSides()
    {
        // risk ratios whose intervals lie between about 0.6 and 1.8: the forest axis is labelled beyond "1"
        Case c;
        Claim claim;
        claim.id = 1;
        claim.outcomeId = 1;
        c.review.claims << claim;
        const QList<QPair<double, double>> ci {{0.7, 1.5}, {0.6, 1.2}, {0.8, 1.8}, {0.75, 1.3}};
        for (qsizetype i = 0; i < ci.size(); ++i) {
            Study s;
            s.id = i + 1;
            s.title = QStringLiteral("Trial %1").arg(i + 1);
            const double lo = std::log(ci[i].first), hi = std::log(ci[i].second);
            c.review.data[1][s.id].yi = (lo + hi) / 2;
            c.review.data[1][s.id].vi = std::pow((hi - lo) / 2 / 1.959963984540054, 2);
            c.review.studies << s;
        }
        c.analysis = std::make_shared<ClaimAnalysis>(analyzeClaim(c.review, 1, test::settingsOf(synth::Measure::GEN)));
        QVERIFY(c.analysis->ok());
        PlotData data = makePlotData(c.analysis);
        data.measure = synth::Measure::RR; // the effects are log risk ratios: a log axis in natural units
        const ForestPlot forest(data);
        QBuffer buffer;
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(QSize(900, int(forest.height())));
        {
            QPainter p(&svg);
            forest.paint(&p, QRectF(0, 0, 900, forest.height()));
        }
        // the axis' labels are the SVG's texts that are plain numbers: at least three, on both sides of 1
        const QString text = QString::fromUtf8(buffer.data());
        static const QRegularExpression label(QStringLiteral(">(-?[0-9]+(?:\\.[0-9]+)?)</text>"));
        QList<double> ticks;
        for (auto it = label.globalMatch(text); it.hasNext();)
            ticks << it.next().captured(1).toDouble();
        QVERIFY2(ticks.size() >= 3, qPrintable(QString::number(ticks.size())));
        QVERIFY(ticks.contains(1.0));
        QVERIFY(*std::min_element(ticks.begin(), ticks.end()) < 1);
        QVERIFY(*std::max_element(ticks.begin(), ticks.end()) > 1);
    }

    void funnelDrawsEachStudyWhereItsNumbersSay()
    {
        // BCG: every study's point is painted at its (effect, standard error), effects left to right, standard
        // errors from 0 at the top downwards; the pooled estimate's line is drawn
        const QList<test::ReferenceCase> cases = test::referenceCases();
        const auto bcg = std::find_if(cases.begin(), cases.end(), [](const test::ReferenceCase &rc) {
            return rc.dataset == QLatin1String("bcg_rr");
        });
        QVERIFY(bcg != cases.end());
        const Case c = reference(*bcg);
        PlotOptions options;
        options.contours = false; // white background around the points
        const PlotData data = makePlotData(c.analysis, options);
        const FunnelPlot funnel(data);
        const QRectF rect(0, 0, 700, 480);
        QImage image(rect.size().toSize(), QImage::Format_RGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            funnel.paint(&p, rect);
        }
        const synth::Analysis &a = c.analysis->analysis;
        QList<QPointF> points;
        for (qsizetype i = 0; i < data.studies.size(); ++i) {
            const std::optional<QPointF> at = funnel.studyPoint(data.studies[i].id, rect);
            QVERIFY(at);
            QVERIFY2(qGray(image.pixel(at->toPoint())) < 200, qPrintable(data.studies[i].label)); // a point is there
            points << *at;
        }
        for (qsizetype i = 0; i < points.size(); ++i)
            for (qsizetype j = 0; j < points.size(); ++j) {
                if (a.yi[std::size_t(i)] < a.yi[std::size_t(j)] - 1e-9)
                    QVERIFY(points[i].x() < points[j].x());
                if (a.vi[std::size_t(i)] < a.vi[std::size_t(j)] - 1e-12)
                    QVERIFY(points[i].y() < points[j].y()); // smaller standard error: higher up
            }
        // the SVG carries the axis titles as text
        QBuffer buffer;
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(rect.size().toSize());
        {
            QPainter p(&svg);
            funnel.paint(&p, rect);
        }
        const QString text = QString::fromUtf8(buffer.data());
        QVERIFY(text.contains(QStringLiteral("Standard error")));
    }

    void longForestBreaksAcrossPages()
    {
        const Case c = simulated(500, false);
        const PlotData data = makePlotData(c.analysis);
        const QString path = m_dir.filePath(QStringLiteral("long.pdf"));
        QString error;
        QVERIFY2(exportPlot(data, PlotKind::Forest, path, error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray pdf = f.readAll();
        const int pages = int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "));
        const ForestPlot forest(data);
        // A4 at 96 dpi less 12 mm margins: about 1031 units high
        const int expected = forest.pageCount(297 / 25.4 * 96 - 2 * 12 / 25.4 * 96);
        QVERIFY2(expected > 10, qPrintable(QString::number(expected)));
        QCOMPARE(pages, expected);
    }

    void favoursLabelsBelongToTheClaim()
    {
        // written into one review's claim, the labels appear in its plots and report, and nowhere else
        const QString review = m_dir.filePath(QStringLiteral("favours.evidence")),
                      other = m_dir.filePath(QStringLiteral("other.evidence"));
        for (const QString &path : {review, other}) {
            QProcess demo;
            demo.start(QStringLiteral(EVIDENCEDESK_CLI),
                       {QStringLiteral("demo"), path, QStringLiteral("--example"), QStringLiteral("bcg")});
            QVERIFY(demo.waitForFinished() && demo.exitCode() == 0);
        }
        {
            QString error;
            auto store = ReviewStore::open(review, error);
            QVERIFY2(store, qPrintable(error));
            Claim c = test::loaded(*store).claims.first();
            c.favoursLeft = QStringLiteral("Fewer cases with BCG");
            c.favoursRight = QStringLiteral("Fewer cases without");
            QVERIFY(store->updateClaim(c));
        }
        auto svgOf = [&](const QString &path) {
            const QString out = path + QStringLiteral(".svg");
            QProcess p;
            p.start(QStringLiteral(EVIDENCEDESK_CLI),
                    {QStringLiteral("plot"), path, QStringLiteral("--forest"), QStringLiteral("-o"), out});
            p.waitForFinished(60000);
            QFile f(out);
            return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
        };
        QVERIFY(svgOf(review).contains(QStringLiteral("Fewer cases with BCG")));
        QVERIFY(svgOf(review).contains(QStringLiteral("Fewer cases without")));
        const QString plain = svgOf(other);
        QVERIFY(!plain.contains(QStringLiteral("Fewer cases")));
        QVERIFY(plain.contains(QStringLiteral("Favours intervention")));
        // in a paper's plot the reviewer's tags stay out unless asked: one colour, no stance legend
        QVERIFY(!plain.contains(stanceName(Stance::Supporting)));
    }

    void riskOfBiasPlotsShowTheJudgements()
    {
        // six studies: four judged with RoB 2, one with ROBINS-I, one not appraised
        Case c = simulated(6, false);
        const QList<QList<RobJudgement>> rob2 {
            {RobJudgement::Low, RobJudgement::Low, RobJudgement::High, RobJudgement::Low, RobJudgement::Low},
            {RobJudgement::SomeConcerns, RobJudgement::Low, RobJudgement::Low, RobJudgement::Low, RobJudgement::Low},
            {RobJudgement::Low, RobJudgement::Low, RobJudgement::Low, RobJudgement::Low, RobJudgement::Low},
            {RobJudgement::High, RobJudgement::NotAssessed, RobJudgement::Low, RobJudgement::Low, RobJudgement::Low}};
        for (qsizetype i = 0; i < rob2.size(); ++i) {
            RobAssessment a = RobAssessment::empty(RobTool::Rob2);
            a.domains = rob2[i];
            c.review.risk[1].insert(i + 1, a);
        }
        RobAssessment robins = RobAssessment::empty(RobTool::RobinsI);
        robins.domains[0] = RobJudgement::Serious;
        robins.overall = RobJudgement::Serious;
        c.review.risk[1].insert(5, robins);
        c.analysis = std::make_shared<ClaimAnalysis>(analyzeClaim(c.review, 1, c.analysis->settings));
        const PlotData data = makePlotData(c.analysis);
        QVERIFY(canPlot(data, PlotKind::RobTrafficLight));

        auto svgOf = [&](PlotKind kind) {
            QBuffer buffer;
            QSvgGenerator svg;
            svg.setOutputDevice(&buffer);
            const QSizeF size = plotSize(data, kind);
            svg.setSize(size.toSize());
            {
                QPainter p(&svg);
                paintPlot(&p, data, kind, QRectF(QPointF(6, 6), size - QSizeF(12, 12)));
            }
            return QString::fromUtf8(buffer.data());
        };
        auto count = [](const QString &svg, const QString &text) {
            return svg.count(
                QRegularExpression(QStringLiteral(">\\s*%1\\s*</text>").arg(QRegularExpression::escape(text))));
        };
        const QString traffic = svgOf(PlotKind::RobTrafficLight);
        for (int i = 1; i <= 5; ++i) // the appraised studies, and only they
            QVERIFY2(count(traffic, c.review.studies[i - 1].label()) == 1, qPrintable(c.review.studies[i - 1].label()));
        QCOMPARE(count(traffic, c.review.studies[5].label()), 0);
        QCOMPARE(count(traffic, QStringLiteral("RoB 2")), 1);
        QCOMPARE(count(traffic, QStringLiteral("ROBINS-I")), 1);
        QCOMPARE(count(traffic, QStringLiteral("D7")), 1); // ROBINS-I's seven domains; RoB 2 stops at D5
        QCOMPARE(count(traffic, QStringLiteral("D5")), 2);
        // letters for colour-blind readers: RoB 2's high judgements (two domains, two derived overall) and one
        // "some concerns" domain whose overall is some concerns too; the legend adds one of each
        QCOMPARE(count(traffic, QStringLiteral("H")), 2 + 2 + 1);
        // RoB 2's "some concerns" twice and its legend; ROBINS-I's "serious" twice and its legend
        QCOMPARE(count(traffic, QStringLiteral("S")), 2 + 1 + 2 + 1);
        QCOMPARE(count(traffic, QStringLiteral("L")),
                 4 + 4 + 6 + 3 + 2); // the lows of each row (with overall), legends

        // the summary: each domain's share of the weight at each judgement, from the analysis' own weights
        const RobSummaryPlot summary(data);
        QCOMPARE(summary.panels().size(), 2);
        const RobPanel &panel = summary.panels().first();
        QCOMPARE(panel.tool, RobTool::Rob2);
        double total = 0, high = 0, some = 0;
        for (qsizetype i : panel.studies) {
            const double w = c.analysis->analysis.weights[std::size_t(i)];
            total += w;
            const qint64 id = data.studies[i].id;
            if (id == 1 || id == 4)
                high += w;
            if (id == 2)
                some += w;
        }
        const QList<double> overall = summary.shares(panel, -1); // low, some, high, not assessed
        QCOMPARE(overall.size(), 4);
        QVERIFY(std::abs(overall[2] - 100 * high / total) < 1e-9);
        QVERIFY(std::abs(overall[1] - 100 * some / total) < 1e-9);
        QVERIFY(std::abs(overall[0] - 100 * (total - high - some) / total) < 1e-9);
        const QList<double> d2 = summary.shares(panel, 1); // study 4 has no judgement of D2
        const double four = c.analysis->analysis.weights[std::size_t(panel.studies[3])];
        QVERIFY(std::abs(d2[3] - 100 * four / total) < 1e-9);
        // the printed shares add up to 100 (largest remainders): 29.68 / 25.75 / 44.57 print as 30 / 26 / 44
        QCOMPARE(wholePercentages({29.68, 25.75, 44.57}), (QList<int> {30, 26, 44}));
        const QList<int> printed = wholePercentages(overall);
        QCOMPARE(std::accumulate(printed.begin(), printed.end(), 0), 100);
        const QString bars = svgOf(PlotKind::RobSummary);
        if (overall[2] > 8)
            QVERIFY2(count(bars, QStringLiteral("%1%").arg(qRound(overall[2]))) >= 1, qPrintable(bars.left(200)));
        QCOMPARE(count(bars, QStringLiteral("Bias arising from the randomisation process")), 1);
        QCOMPARE(count(bars, QStringLiteral("Bias due to confounding")), 1);

        // beside the forest plot, as RevMan draws them: each study's domains and overall judgement
        PlotOptions withRob;
        withRob.columns = {PlotColumn::RiskOfBias};
        const PlotData forestData = makePlotData(c.analysis, withRob);
        QBuffer forestBuffer;
        {
            QSvgGenerator svg;
            svg.setOutputDevice(&forestBuffer);
            const QSizeF size = plotSize(forestData, PlotKind::Forest);
            svg.setSize(size.toSize());
            QPainter p(&svg);
            paintPlot(&p, forestData, PlotKind::Forest, QRectF(QPointF(6, 6), size - QSizeF(12, 12)));
        }
        const QString forest = QString::fromUtf8(forestBuffer.data());
        QCOMPARE(count(forest, QStringLiteral("Risk of bias")), 1);
        QCOMPARE(count(forest, QStringLiteral("H")), 4); // studies 1 and 4: one high domain and the overall each
        QCOMPARE(count(forest, QStringLiteral("L")), 4 + 4 + 6 + 3);
        QCOMPARE(count(forest, QStringLiteral("S")), 2 + 2); // study 2's concerns; study 5's serious D1 and overall

        // no appraisal: nothing to draw, and export says so
        Case none = simulated(3, false);
        const PlotData empty = makePlotData(none.analysis);
        QVERIFY(!canPlot(empty, PlotKind::RobSummary));
        QString error;
        QVERIFY(!exportPlot(empty, PlotKind::RobSummary, m_dir.filePath(QStringLiteral("none.svg")), error));
        QVERIFY2(error.contains(QStringLiteral("risk-of-bias")), qPrintable(error));
    }

    void cliPlot()
    {
        const QString review = m_dir.filePath(QStringLiteral("bcg.evidence"));
        QProcess demo;
        demo.start(QStringLiteral(EVIDENCEDESK_CLI),
                   {QStringLiteral("demo"), review, QStringLiteral("--example"), QStringLiteral("bcg")});
        QVERIFY(demo.waitForFinished() && demo.exitCode() == 0);
        // the risk-of-bias plots need judgements: refused before, drawn after they are imported
        QProcess refused;
        refused.start(QStringLiteral(EVIDENCEDESK_CLI),
                      {QStringLiteral("plot"), review, QStringLiteral("--rob-traffic"), QStringLiteral("-o"),
                       m_dir.filePath(QStringLiteral("r.svg"))});
        QVERIFY(refused.waitForFinished());
        QCOMPARE(refused.exitCode(), 2);
        {
            QString error;
            auto store = ReviewStore::open(review, error);
            const Review r = test::loaded(*store);
            RobAssessment a = RobAssessment::empty(RobTool::Rob2);
            a.overall = RobJudgement::High;
            QVERIFY(store->setRiskOfBias(r.claims.first().outcomeId, {{r.studies.first().id, a}}));
        }
        for (const QString &arg : {QStringLiteral("--forest"), QStringLiteral("--funnel"),
                                   QStringLiteral("--rob-traffic"), QStringLiteral("--rob-summary")})
            for (const QString &suffix : {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")}) {
                const QString out = m_dir.filePath(QStringLiteral("cli%1.%2").arg(arg.mid(2), suffix));
                QProcess p;
                p.start(QStringLiteral(EVIDENCEDESK_CLI),
                        {QStringLiteral("plot"), review, arg, QStringLiteral("-o"), out});
                QVERIFY(p.waitForFinished(60000));
                QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
                QVERIFY(QFileInfo(out).size() > 1000);
            }
        QProcess bad;
        bad.start(QStringLiteral(EVIDENCEDESK_CLI),
                  {QStringLiteral("plot"), review, QStringLiteral("--forest"), QStringLiteral("-o"),
                   m_dir.filePath(QStringLiteral("x.gif"))});
        QVERIFY(bad.waitForFinished());
        QCOMPARE(bad.exitCode(), 2);
    }
};

QTEST_MAIN(TestPlots)
#include "test_plots.moc"
