import { newRouter } from "../platform/router";
import { assessmentScoresRoute } from "./scores-route";
import { assessmentSchemeRoute } from "./scheme-route";
import { assessmentAdjustmentsRoute } from "./adjustments-route";
import { assessmentCloseRoute } from "./close-route";

/** The whole assessment resource (六(三)): scores and notice, the scheme, adjustments, closing. */
export const assessmentRoute = newRouter()
  .route("/", assessmentScoresRoute)
  .route("/", assessmentSchemeRoute)
  .route("/", assessmentAdjustmentsRoute)
  .route("/", assessmentCloseRoute);
