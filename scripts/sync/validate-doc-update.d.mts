export declare const VALIDATE_DOC_UPDATE: string
export declare const DOC_LAYOUT: number
export declare function teamDesignDoc(): {
  _id: string
  language: string
  validate_doc_update: string
  doorstroombord: { layout: number }
}
