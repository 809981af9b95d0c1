// The checks as the translator types: the English of the field read as the site reads it
// (./english-text), the rules of lib/qa over it, and the article's waivers applied.
import { applyWaivers, articleContext, checkUnit, type QaArticleContext, type QaFinding, type QaUnit, type QaWaiver, type WaiverResult } from '../../qa/index';
import { englishText } from './english-text';

export class LiveChecks {
  private readonly texts = new Map<string, string | null>();
  private readonly explicit = new Map<string, string[]>();
  private context: QaArticleContext = { lengthNorm: null };

  constructor(
    private units: Map<string, QaUnit>,
    private readonly known: ReadonlySet<string>,
  ) {
    for (const unit of units.values()) {
      this.texts.set(unit.id, unit.en);
      this.explicit.set(unit.id, [...unit.enEntities]);
    }
    this.refreshContext();
  }

  /** New analysis from the server (after a save or a new entity): its texts replace the typed ones. */
  reset(units: Map<string, QaUnit>): void {
    this.units = units;
    for (const unit of units.values()) {
      this.texts.set(unit.id, unit.en);
      this.explicit.set(unit.id, [...unit.enEntities]);
    }
    this.refreshContext();
  }

  private refreshContext(): void {
    this.context = articleContext([...this.units.values()].map((unit) => ({ vi: unit.vi, en: this.texts.get(unit.id) ?? null })));
  }

  /** The translator typed `markdown` into a unit's field. */
  update(unitId: string, markdown: string): void {
    if (!markdown.trim()) {
      this.texts.set(unitId, null);
      this.explicit.set(unitId, []);
    } else {
      const { text, entities } = englishText(markdown, this.known);
      this.texts.set(unitId, text);
      this.explicit.set(unitId, entities);
    }
    this.refreshContext();
  }

  findings(unitId: string): QaFinding[] {
    const unit = this.units.get(unitId);
    if (!unit) return [];
    const server = unit.enEntities;
    return checkUnit({ ...unit, en: this.texts.get(unitId) ?? null, enEntities: [...new Set([...server, ...(this.explicit.get(unitId) ?? [])])] }, this.context);
  }

  withWaivers(unitId: string, waivers: readonly QaWaiver[]): WaiverResult {
    return applyWaivers(
      this.findings(unitId),
      waivers.filter((waiver) => waiver.unit === unitId),
    );
  }

  /** Waivers that waive nothing, across the article. */
  unusedWaivers(waivers: readonly QaWaiver[]): QaWaiver[] {
    // Only the units a waiver names can use one.
    const findings = [...new Set(waivers.map((waiver) => waiver.unit))].flatMap((id) => this.findings(id));
    return applyWaivers(findings, waivers).unused;
  }
}
