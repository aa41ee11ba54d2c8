/** Charts on a sheet: enough for drawing the report's charts. */
import { FakeCollection, FakeObject } from "./client";
import type { FakeContext } from "./excel";
import type { FakeRange } from "./range";
import type { FakeWorksheet } from "./sheets";
import { addressOf, FakeChart } from "./model";

/** Charts on a sheet: enough for drawing the report's charts. */
export class FakeCharts extends FakeCollection<FakeObject & { name: string; delete(): void }> {
  constructor(
    ctx: FakeContext,
    private readonly ws: FakeWorksheet
  ) {
    super(ctx);
  }

  protected current() {
    const ctx = this.ctx;
    const charts = this.ws.model.charts;
    return charts.map(
      (chart) =>
        new (class extends FakeObject {
          protected override scalars() {
            return { name: () => chart.name };
          }
          get name(): string {
            return this.read("name");
          }
          delete(): void {
            ctx.queue(() => void charts.splice(charts.indexOf(chart), 1));
          }
        })(ctx)
    );
  }

  add(_type: string, source: FakeRange) {
    const ctx = this.ctx;
    const chart: FakeChart = { name: "", series: [{}] };
    ctx.queue(() => {
      this.ws.model.charts.push(chart);
      chart.series[0].values = addressOf(source.sheetName, source.rect);
    });
    const series = (s: FakeChart["series"][number]) => ({
      set name(n: string) {
        ctx.queue(() => void (s.name = n));
      },
      setXAxisValues: (r: FakeRange) =>
        ctx.queue(() => void (s.categories = addressOf(r.sheetName, r.rect))),
      setValues: (r: FakeRange) =>
        ctx.queue(() => void (s.values = addressOf(r.sheetName, r.rect))),
    });
    return {
      set name(n: string) {
        ctx.queue(() => void (chart.name = n));
      },
      title: {
        set text(t: string) {
          ctx.queue(() => void (chart.title = t));
        },
      },
      series: {
        getItemAt: (i: number) => series(chart.series[i]),
        add: (name: string) => {
          const s = { name };
          ctx.queue(() => void chart.series.push(s));
          return series(s);
        },
      },
      setPosition: (at: string) => ctx.queue(() => void (chart.anchor = at)),
    };
  }
}
