/**
 * The mock database's rows. The draft is kept as the JSON the client sent (see JourneyDraftSchema);
 * published versions keep their canonical text, so an export is byte-identical to what was published.
 */
export interface JourneyRow {
  id: string;
  draft: Record<string, unknown>;
  revision: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  latestVersion: number | null;
  /** the draft revision of the latest published version: a later revision has unpublished changes */
  publishedRevision: number | null;
}

export interface VersionRow {
  journeyId: string;
  version: number;
  publishedAt: string;
  revision: number;
  name: string;
  canonical: string;
}

/**
 * Where the embedded backend keeps its data: IndexedDB in the browser (a reload keeps everything),
 * memory in node tests. Rows are returned as copies, so callers may change them freely.
 */
export interface MockStore {
  listJourneys(): Promise<JourneyRow[]>;
  getJourney(id: string): Promise<JourneyRow | undefined>;
  putJourney(row: JourneyRow): Promise<void>;
  /** removes the journey and its versions for good (after the restore window) */
  purgeJourney(id: string): Promise<void>;
  listVersions(journeyId: string): Promise<VersionRow[]>;
  getVersion(journeyId: string, version: number): Promise<VersionRow | undefined>;
  putVersion(row: VersionRow): Promise<void>;
}
