// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark of the window (offscreen): opening the demo review until the window is painted and the first
// analysis shown, and a review of 10,000 studies: open, sort by each column, filter.
#include "analysisrunner.h"
#include "claimanalysis.h"
#include "datagridmodel.h"
#include "examples.h"
#include "forestplot.h"
#include "mainwindow.h"
#include "plotexport.h"
#include "report.h"
#include "reviewdocument.h"
#include "settingsof.h"
#include "studytablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace evidencedesk;
using namespace evidencedesk::test;

namespace {

double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

void row(const char *what, int n, double value, const char *target)
{
    std::printf("| %-44s | %6d | %9.1f | %-8s |\n", what, n, value, target);
    std::fflush(stdout);
}

/// Opens `path` in a new window and waits until it is painted and its analysis is shown.
double openAndShow(const QString &path, MainWindow &w)
{
    QElapsedTimer t;
    t.start();
    w.show();
    w.openFile(path);
    QSignalSpy analysed(w.runner(), &AnalysisRunner::finished);
    w.repaint();
    QCoreApplication::processEvents();
    if (!w.runner()->result())
        analysed.wait(10000);
    QCoreApplication::processEvents();
    return ms(t);
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("EvidenceDeskBench"));
    QTemporaryDir dir;
    QString error;
    std::printf("window benchmark (offscreen; wall time, ms)\n\n| %-44s | %6s | %9s | %-8s |\n", "case", "n", "time",
                "target");
    std::printf("|----------------------------------------------|--------|-----------|----------|\n");

    for (const char *name : {"hypertrophy", "bcg"}) {
        const QString path = dir.filePath(QString::fromLatin1(name) + QStringLiteral(".evidence"));
        auto store = ReviewStore::create(path, error);
        writeExample(QString::fromLatin1(name), *store, error);
        store.reset();
        MainWindow w;
        row(name[0] == 'h' ? "open demo window (hypertrophy), painted" : "open demo window (BCG), painted + analysed",
            name[0] == 'h' ? 5 : 13, openAndShow(path, w), "< 1000");
    }

    // 10,000 studies with outcome data and stances
    const int n = 10000;
    const QString big = dir.filePath(QStringLiteral("big.evidence"));
    {
        auto store = ReviewStore::create(big, error);
        Claim c;
        c.originalText = QStringLiteral("The intervention reduces the risk.");
        c.assertion = Assertion::Decreases;
        ReviewStore::StudyExtras extras;
        extras.outcomeId = store->addOutcome({0, QStringLiteral("Events"), OutcomeType::Dichotomous, {}, {}});
        c.outcomeId = extras.outcomeId;
        const qint64 claim = store->addClaim(c);
        store->setSettings(claim, settingsOf(synth::Measure::RR));
        QList<Study> studies;
        QList<StanceTag> tags;
        for (int i = 0; i < n; ++i) {
            Study s;
            s.authors = QStringLiteral("Author%1, A.; Other, B.").arg(i);
            s.title = QStringLiteral("Trial %1 of the intervention").arg(i);
            s.year = 1970 + i % 50;
            s.design = i % 3 ? Design::Rct : Design::Cohort;
            s.quality = i % 100;
            synth::StudyInput d;
            d.ai = 5 + i % 40;
            d.n1i = 200;
            d.ci = 8 + i % 37;
            d.n2i = 200;
            extras.data.append(d);
            studies.append(s);
            tags.append({i % 3 == 0       ? Stance::Supporting
                             : i % 3 == 1 ? Stance::Contradicting
                                          : Stance::Neutral,
                         {},
                         {}});
        }
        store->addStudies(studies, claim, tags, {}, extras);
    }
    MainWindow w;
    w.resize(1500, 900);
    row("open 10,000-study review, painted + analysed", n, openAndShow(big, w), "");
    QTableView *table = w.studyTable();
    for (int c = 0; c < StudyTableModel::ColumnCount; ++c) {
        QElapsedTimer t;
        t.start();
        table->sortByColumn(c, Qt::AscendingOrder);
        table->viewport()->repaint();
        const QByteArray name
            = QStringLiteral("sort by \"%1\"").arg(table->model()->headerData(c, Qt::Horizontal).toString()).toUtf8();
        row(name.constData(), n, ms(t), "< 100");
    }
    QElapsedTimer t;
    t.start();
    w.filterModel()->setText(QStringLiteral("Trial 99"));
    table->viewport()->repaint();
    row("filter by text", n, ms(t), "< 100");
    t.restart();
    w.filterModel()->setText(QString());
    table->viewport()->repaint();
    row("clear filter", n, ms(t), "< 100");
    {
        // a spreadsheet's block of 10,000 rows x 6 columns (means, SDs, Ns of two arms) pasted into the data
        // grid of a continuous outcome: parsed, every row checked by the engine, written as one transaction
        Outcome pain;
        pain.name = QStringLiteral("Pain score");
        pain.type = OutcomeType::Continuous;
        const qint64 id = w.document()->addOutcome(pain);
        DataGridModel grid(w.document());
        grid.setOutcome(id);
        QString tsv;
        tsv.reserve(n * 40);
        for (int i = 0; i < n; ++i)
            tsv += QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\n")
                       .arg(5.5 + (i % 17) * 0.1)
                       .arg(1.2 + (i % 5) * 0.05)
                       .arg(40 + i % 30)
                       .arg(6.1 + (i % 13) * 0.1)
                       .arg(1.3 + (i % 7) * 0.05)
                       .arg(42 + i % 25);
        QString error;
        t.restart();
        if (!grid.paste(tsv, grid.index(0, DataGridModel::kFirstDataColumn), error))
            qFatal("paste failed: %s", qPrintable(error));
        row("paste 10,000 x 6 cells into the data grid", n, ms(t), "< 1000");
        t.restart();
        w.document()->undoStack()->undo();
        row("undo that paste", n, ms(t), "< 1000");
    }
    t.restart();
    table->scrollToBottom();
    table->viewport()->repaint();
    table->scrollToTop();
    table->viewport()->repaint();
    row("scroll to bottom and back", n, ms(t), "< 50");

    // plots: forest of 500 studies, funnel of 100,000, each drawn into an image (and to PDF/SVG)
    for (const auto &[k, kind] : {std::pair {500, PlotKind::Forest}, std::pair {100000, PlotKind::Funnel}}) {
        Review r;
        Claim c;
        c.id = 1;
        c.outcomeId = 1;
        r.claims << c;
        std::mt19937 rng(5);
        std::normal_distribution<double> normal(0.3, 0.4);
        std::uniform_real_distribution<double> u(0.01, 0.2);
        for (int i = 0; i < k; ++i) {
            Study s;
            s.id = i + 1;
            s.title = QStringLiteral("Trial %1").arg(i + 1);
            r.data[1][s.id].yi = normal(rng);
            r.data[1][s.id].vi = u(rng);
            r.studies << s;
        }
        synth::AnalysisOptions options;
        options.leave1out = false;
        auto analysis = std::make_shared<ClaimAnalysis>(analyzeClaim(r, 1, settingsOf(synth::Measure::GEN), &options));
        const PlotData data = makePlotData(analysis);
        const QSizeF size = plotSize(data, kind);
        t.restart();
        QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            if (kind == PlotKind::Forest)
                ForestPlot(data).paint(&p, QRectF(QPointF(0, 0), size));
            else
                FunnelPlot(data).paint(&p, QRectF(QPointF(0, 0), size));
        }
        row(kind == PlotKind::Forest ? "forest plot, drawn (image)" : "funnel plot, drawn (image)", k, ms(t), "< 500");
        for (const char *suffix : {"pdf", "svg"}) {
            t.restart();
            QString e;
            exportPlot(data, kind, dir.filePath(QStringLiteral("plot.") + QLatin1String(suffix)), e);
            const QByteArray what
                = QStringLiteral("%1 plot, exported to %2")
                      .arg(kind == PlotKind::Forest ? QStringLiteral("forest") : QStringLiteral("funnel"),
                           QString::fromLatin1(suffix).toUpper())
                      .toUtf8();
            row(what.constData(), k, ms(t), "");
        }
        if (kind == PlotKind::Forest) { // the PDF report of the same 500-study review
            r.settings.insert(1, settingsOf(synth::Measure::GEN));
            t.restart();
            QString e;
            writeReport(r, 1, dir.filePath(QStringLiteral("report.pdf")), e);
            row("PDF report (analysis, plots, GRADE, ...)", k, ms(t), "< 3000");
        }
    }
    return 0;
}
