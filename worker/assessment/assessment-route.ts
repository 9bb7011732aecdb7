import { newRouter } from "../platform/router";
import { assessmentScoresRoute } from "./scores-route";
import { assessmentIndicatorsRoute } from "./indicators-route";
import { assessmentSchemeRoute } from "./scheme-route";
import { assessmentAdjustmentsRoute } from "./adjustments-route";
import { assessmentCloseRoute } from "./close-route";

/**
 * The whole assessment resource (六(三)): the indicators, scores and notice, the scheme,
 * adjustments, closing. `/indicators` comes before `/{year}` so it is not read as a year.
 */
export const assessmentRoute = newRouter()
  .route("/", assessmentIndicatorsRoute)
  .route("/", assessmentScoresRoute)
  .route("/", assessmentSchemeRoute)
  .route("/", assessmentAdjustmentsRoute)
  .route("/", assessmentCloseRoute);
