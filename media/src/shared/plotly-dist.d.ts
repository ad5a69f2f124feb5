declare module "plotly.js-cartesian-dist-min" {
  const Plotly: {
    newPlot(element: HTMLElement, data: readonly object[], layout?: object, config?: object): Promise<unknown>;
    purge(element: HTMLElement): void;
  };
  export = Plotly;
}
